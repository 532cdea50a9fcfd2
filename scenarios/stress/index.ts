export type { Criterion, CriterionResult, StressCase, StressReport } from './types.js';
export { StressCase as StressCaseSchema, Criterion as CriterionSchema } from './schema.js';
export { judge, type Evidence } from './judge.js';
export { runStress, type StressInput, type StressResult } from './runStress.js';
export { stressCases } from './stressCases.js';
