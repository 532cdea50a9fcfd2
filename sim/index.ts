export type {
	ReadingSink,
	RationingPolicy,
	SimOptions,
	SimOverrides,
	CitizenOptions,
	RedistributionOptions,
	BehaviourOptions,
	DisruptionOptions,
	SensorOptions
} from './types.js';
export { defaults, mergeOptions } from './defaults.js';
export type { Rng } from './rng/index.js';
export { createRng } from './rng/index.js';
export type { Shock, ShockKind } from './shocks/types.js';
export { Shock as ShockSchema, ShocksFile } from './shocks/schema.js';
export { checkShocks } from './shocks/checkShocks.js';
export { PlanSchema } from './plan/schema.js';
export { compileWorld } from './world/compileWorld.js';
export type { CompiledWorld } from './world/types.js';
export type { DayRecord, Outcome, ResourceBalance } from './outcome/types.js';
export { createRun } from './run/createRun.js';
export { runSimulation, runSimulationSync, type SimResult } from './run/runSimulation.js';
export type { Run, RunResult, SimInput } from './run/types.js';
export { createMemorySink } from './observe/createMemorySink.js';
export { peopleCovered } from './outcome/peopleCovered.js';
export { gini } from '../data/stats/gini.js';
export * from './points/index.js';
export * from './threat/index.js';
export * from './sharing/index.js';
export { generateWorld, type GenerateOptions } from './world/generateWorld.js';
export type { CitizensDay, CitizensSummary } from './citizens/types.js';
