export type {
	LocalRun,
	ExternalForecasts,
	ForecastOptions,
	MethodName,
	MethodScore,
	PointForecaster,
	SeriesForecast
} from './types.js';
export { defaults as forecastDefaults } from './defaults.js';
export { naive, seasonalNaive } from './baselines.js';
export { holtWinters, holtWintersRun, fitHoltWinters, type HoltWintersParams } from './holtWinters.js';
export { backtestOrigins, maseScale, minTraining } from './backtest.js';
export { cleanHistory, type CleanHistory } from './cleanHistory.js';
export { conformalWidths } from './intervals.js';
export { forecastSeries } from './forecastSeries.js';
export { behavesAsRandomWalk, varianceRatio, type VarianceRatio } from './varianceRatio.js';
export { localMethod } from './localMethod.js';
export { backtestSteps, prepareHistory, type PreparedHistory } from './prepareHistory.js';
export { seededRandom, type Random } from './seededRandom.js';
export { globalForecasts, type GlobalRun } from './globalModel/globalForecasts.js';
export { globalModelDefaults } from './globalModel/defaults.js';
export { globalGate } from './globalModel/globalGate.js';
export type {
	GlobalModelHandle,
	GlobalModelOptions,
	GlobalGate,
	GlobalModelPort,
	TrainingSet
} from './globalModel/types.js';
export { shortageWarning } from './shortage/shortageWarning.js';
export { shortageDefaults } from './shortage/defaults.js';
export { shortageSentence, ruPlural } from './shortage/sentence.js';
export { consumptionReason } from './shortage/consumptionReason.js';
export type {
	ConsumptionReason,
	Crossing,
	Names,
	ShortageInput,
	ShortageOptions,
	ShortageOutcome
} from './shortage/types.js';
export { readShortageInputs } from './shortage/readShortageInputs.js';
export { demandAdjustments } from './demand/demandAdjustments.js';
export type { DemandInput, DemandOutcome } from './demand/types.js';
export { readDemandInputs } from './demand/readDemandInputs.js';
export { autoEts, ets, etsCandidates, etsName, etsRun } from './ets/autoEts.js';
export { fitEts } from './ets/fitEts.js';
export { etsDefaults } from './ets/defaults.js';
export type { EtsFit, EtsOptions, EtsParams, EtsSpec, EtsState } from './ets/types.js';
export { reconciledDemandAdjustments } from './hierarchy/reconciledDemand.js';
export { reconcile } from './hierarchy/reconcile.js';
export { hierarchyOf } from './hierarchy/hierarchyOf.js';
export type { Hierarchy, Reconciliation, SiteDemandInput } from './hierarchy/types.js';
