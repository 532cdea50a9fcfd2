export type { Allocation, Plan, ProductionTarget, ProposedScenario, Quota, ScenarioMetrics, Transfer } from './types.js';
