export type {
	Correlation,
	CorrelationMethod,
	CorrelationOptions,
	CorrelationReport,
	Evidence,
	GrangerResult,
	NamedSeries,
	CorrelationReportStore,
	Preparation,
	Relation,
	RelationChange,
	SeriesGuard,
	StoredReport
} from './types.js';
export { defaults as correlationDefaults } from './defaults.js';
export { analyseRelations } from './analyseRelations.js';
export { benjaminiHochberg } from './benjaminiHochberg.js';
export { correlate, pearson, spearman, ranks } from './correlate.js';
export { studentTTwoSided, fUpperTail } from './distributions.js';
export { grangerTest } from './granger.js';
export { incompleteBeta, lnGamma } from './incompleteBeta.js';
export { crossCorrelation, shiftPair } from './lagged.js';
export { leastSquares } from './leastSquares.js';
export { prepare, difference, detrend, deseasonalise, arResiduals, dropFlatRuns } from './prepare.js';
export {
	isProtected,
	lineageHit,
	protectedHit,
	refuseProtected,
	ProtectedAttributeError,
	type ProtectedHit
} from './protectedAttributes.js';
export { compareRuns, runScheduledRecompute, type RecomputeOutcome } from './recompute.js';
export { recomputeAndStore, type RecomputeRequest } from './recomputeAndStore.js';
export { autocorrelations, effectiveSampleSize } from './effectiveSampleSize.js';
export { withoutInfluential } from './influence.js';
export { explainRelation } from './explainRelation.js';
export { readSeriesGrid, seriesId, type SeriesGrid } from './readSeriesGrid.js';
