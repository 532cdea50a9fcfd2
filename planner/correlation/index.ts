export type {
	Correlation,
	CorrelationMethod,
	CorrelationOptions,
	CorrelationReport,
	Evidence,
	GrangerResult,
	NamedSeries,
	Preparation,
	Relation
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
export { prepare, difference, detrend, deseasonalise, arResiduals } from './prepare.js';
export { isProtected, refuseProtected, ProtectedAttributeError } from './protectedAttributes.js';
export {
	compareRuns,
	runScheduledRecompute,
	type RecomputeOutcome,
	type RelationChange
} from './recompute.js';
export { readSeriesGrid, seriesId, type SeriesGrid } from './readSeriesGrid.js';
