import { checkResiduals } from '../lp/checkResiduals.js';
import type { LpModel } from '../lp/types.js';
import type {
	Basis,
	CheckedOutcome,
	CheckOptions,
	CrossCheck,
	LpSolver,
	ObjectiveChecker,
	SolveOutcome
} from './types.js';

export const defaults: CheckOptions = {
	jslpMaxVariables: 300,
	crossCheckMaxVariables: 1000,
	ipmCrossCheckMaxVariables: 20000,
	tolerance: 1e-6,
	objectiveTolerance: 1e-6,
	timeLimitSeconds: 120
};

/** The two solvers behind the port; either may be missing (then no cross-check is possible). */
export interface Solvers {
	readonly highs: LpSolver;
	readonly jslp: LpSolver;
	/** Another library for models above `crossCheckMaxVariables`, whatever their size (native CLP when installed). */
	readonly independent?: ObjectiveChecker;
}

function compare(
	first: SolveOutcome,
	second: SolveOutcome,
	algorithm: string,
	options: CheckOptions
): CrossCheck {
	if (first.status === 'optimal' && second.status === 'optimal') {
		const difference = Math.abs(first.objective - second.objective);
		const agreed = difference <= options.objectiveTolerance * Math.max(1, Math.abs(first.objective));
		return {
			status: agreed ? 'agreed' : 'disagreed',
			solver: second.solver,
			algorithm,
			objective: second.objective,
			difference
		};
	}
	const same = first.status === second.status;
	return {
		status: same ? 'agreed' : 'disagreed',
		solver: second.solver,
		algorithm,
		objective: NaN,
		difference: same ? 0 : Infinity
	};
}

/**
 * Solves with the solver suited to the model's size (javascript-lp-solver for small models, HiGHS
 * otherwise), recomputes every residual from the model, and below size thresholds has the other,
 * independent solver (or HiGHS' interior-point method) re-solve: the domain asks for calculations duplicated by independent algorithms.
 * Duals always come from HiGHS, so a small model solved first by jslp keeps HiGHS' duals when the
 * two agree.
 */
export async function solveChecked(
	model: LpModel,
	solvers: Solvers,
	options: Partial<CheckOptions> = {},
	basis: Basis | null = null
): Promise<CheckedOutcome> {
	const o = { ...defaults, ...options };
	const n = model.variables.length;
	const [primary, secondary] =
		n <= o.jslpMaxVariables ? [solvers.jslp, solvers.highs] : [solvers.highs, solvers.jslp];
	const first = await primary.solve(model, { timeLimitSeconds: o.timeLimitSeconds, basis });
	if (first.status === 'failed') return { status: 'failed', message: `${first.solver}: ${first.message}` };
	// javascript-lp-solver can stall for minutes on models of a few thousand variables, so above
	// `crossCheckMaxVariables` the second opinion is another library that only reports its optimum
	// (native CLP) when one is given, else HiGHS' interior-point method: another algorithm, not
	// another library, which the report says.
	let second: SolveOutcome | null = null;
	let algorithm = '';
	let reason = `model has ${n} variables, above the cross-check limits (${o.crossCheckMaxVariables} / ${o.ipmCrossCheckMaxVariables})`;
	if (n <= o.crossCheckMaxVariables) {
		algorithm = secondary.name === 'highs' ? 'dual simplex' : 'tableau simplex';
		second = await secondary.solve(model, { timeLimitSeconds: o.timeLimitSeconds });
	} else if (solvers.independent) {
		const checker = solvers.independent;
		const other = await checker.objective(model, o.timeLimitSeconds);
		algorithm = checker.algorithm;
		second =
			other.status === 'optimal'
				? {
						status: 'optimal',
						solver: checker.name,
						objective: other.objective,
						x: new Float64Array(0),
						rowDuals: null,
						colDuals: null,
						ms: 0
					}
				: other.status === 'failed'
					? { status: 'failed', solver: checker.name, message: other.message, ms: 0 }
					: { status: other.status, solver: checker.name, ms: 0 };
	} else if (n <= o.ipmCrossCheckMaxVariables && primary.name === 'highs') {
		algorithm = 'interior point';
		second = await solvers.highs.solve(model, { timeLimitSeconds: o.timeLimitSeconds, algorithm: 'ipm' });
	}
	if (second?.status === 'failed') reason = `${second.solver} failed: ${second.message}`;
	const crossCheck: CrossCheck =
		second && second.status !== 'failed'
			? compare(first, second, algorithm, o)
			: { status: 'skipped', reason };
	if (first.status !== 'optimal') return { status: first.status, solver: first.solver, crossCheck };
	const withDuals =
		first.rowDuals === null && second?.status === 'optimal' && crossCheck.status === 'agreed'
			? { ...first, rowDuals: second.rowDuals, colDuals: second.colDuals }
			: first;
	return {
		status: 'optimal',
		solution: withDuals,
		residuals: checkResiduals(model, first.x, o.tolerance),
		crossCheck
	};
}
