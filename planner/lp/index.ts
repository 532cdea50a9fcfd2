export type { LpConstraint, LpModel, LpSize, LpVariable, ResidualReport } from './types.js';
export {
	createLpBuilder,
	lpName,
	type LpBuilder,
	type Term,
	type VariableOptions,
	type ConstraintOptions
} from './lpBuilder.js';
export { checkResiduals } from './checkResiduals.js';
export { sizeOf } from './sizeOf.js';
export { writeMps } from './writeMps.js';
export { writeLp } from './writeLp.js';
