export type {
	Criterion,
	CriterionResult,
	CriterionSummary,
	RunEvidence,
	StressCase,
	StressCost,
	StressReport,
	Window
} from './types.js';
export { StressCase as StressCaseSchema, Criterion as CriterionSchema } from './schema.js';
export { judge } from './judge.js';
export { shockWindow } from './shockWindow.js';
export {
	runStress,
	stressLoopDefaults,
	type StressPorts,
	type StressResult,
	type StressStores
} from './runStress.js';
export { stressCases } from './stressCases.js';
