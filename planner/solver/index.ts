export type {
	CheckedOutcome,
	CheckOptions,
	CrossCheck,
	LpSolver,
	SolveOptions,
	SolveOutcome,
	SolverName
} from './types.js';
export { highsSolver, solveWithHighs, toHighsInput, type HighsInput } from './highsSolver.js';
export { jsLpSolver } from './jsLpSolver.js';
export { solveChecked, defaults as checkDefaults, type Solvers } from './solveChecked.js';
