export type { PlannerOptions, RoundResult, Merge } from './types.js';
export type {
	ForecastAdjustment,
	ModelSettings,
	PlanningInput,
	PolicyId,
	ReworkReason,
	Stock
} from './model/types.js';
export type { StockSnapshot, InputOptions } from './inputs/types.js';
export { plannerDefaults } from './plannerDefaults.js';
export { planRound, type RoundContext } from './planRound.js';
export { rework } from './rework.js';
export { exportRound } from './exportRound.js';
export { buildAllocationModel } from './model/buildAllocationModel.js';
export { modelDefaults } from './model/modelDefaults.js';
export { buildPlanningInput } from './inputs/buildPlanningInput.js';
export { inputDefaults } from './inputs/inputDefaults.js';
export { readStocks } from './inputs/readStocks.js';
export { referenceStocks } from './inputs/referenceStocks.js';
export { planMetrics } from './scenario/planMetrics.js';
export { scenarioDistance, MERGE_DISTANCE } from './scenario/scenarioDistance.js';
export { elasticRelaxation, type Relaxation, type Relaxed } from './scenario/elasticRelaxation.js';
export * from './lp/index.js';
export * from './solver/index.js';
export { ReworkReasonSchema, ReworkFileSchema, ForecastFileSchema } from './model/schema.js';
export { describeRework, describeEffect } from './scenario/describeRework.js';
export { allocationModelFactory } from './model/buildAllocationModel.js';
