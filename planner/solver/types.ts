import type { LpModel, ResidualReport } from '../lp/types.js';

/** Which implementation solved a model. */
export type SolverName = 'highs' | 'jslp' | 'clp';

/** What a solver returns: an expected outcome as a value. Duals follow HiGHS' sign convention. */
export type SolveOutcome =
	| {
			readonly status: 'optimal';
			readonly solver: SolverName;
			readonly objective: number;
			readonly x: Float64Array;
			/** Row duals (∂objective/∂row bound), when the solver reports them. */
			readonly rowDuals: Float64Array | null;
			/** Reduced costs (∂objective/∂variable bound), when the solver reports them. */
			readonly colDuals: Float64Array | null;
			/** The optimal simplex basis, when the solver reports one: a warm start for a model of the same shape. */
			readonly basis?: Basis | null;
			readonly ms: number;
	  }
	| { readonly status: 'infeasible'; readonly solver: SolverName; readonly ms: number }
	| { readonly status: 'unbounded'; readonly solver: SolverName; readonly ms: number }
	| { readonly status: 'failed'; readonly solver: SolverName; readonly message: string; readonly ms: number };

/** Per-solve options: a time limit, and for HiGHS the algorithm (dual simplex by default, or interior point). */
export interface SolveOptions {
	readonly timeLimitSeconds?: number;
	readonly algorithm?: 'simplex' | 'ipm';
	/** A basis of a model with the same columns and rows to start from (HiGHS' simplex; others ignore it). */
	readonly basis?: Basis | null;
}

/** A simplex basis: HiGHS' status codes per column and per row (0 lower, 1 basic, 2 upper, 3 zero, 4 nonbasic). */
export interface Basis {
	readonly colStatus: Int32Array;
	readonly rowStatus: Int32Array;
}

/** The port every solver implements; implementations are passed in, never imported by the planner. */
export interface LpSolver {
	readonly name: SolverName;
	solve(model: LpModel, options?: SolveOptions): Promise<SolveOutcome>;
	/** Releases threads or memory; a no-op for in-process solvers. */
	close(): Promise<void>;
}

/**
 * An independent solver that only reports the optimal objective (native CLP on the exported MPS):
 * enough for a second opinion on models too large for javascript-lp-solver.
 */
export interface ObjectiveChecker {
	readonly name: SolverName;
	/** How it solves, for the verification line, e.g. `dual simplex (native CLP)`. */
	readonly algorithm: string;
	objective(
		model: LpModel,
		timeLimitSeconds: number
	): Promise<
		| { readonly status: 'optimal'; readonly objective: number }
		| { readonly status: 'infeasible' | 'unbounded' }
		| { readonly status: 'failed'; readonly message: string }
	>;
}

/** How `solveChecked` picks and cross-checks solvers. */
export interface CheckOptions {
	/** Models with at most this many variables go to javascript-lp-solver first (default 300). */
	readonly jslpMaxVariables: number;
	/** Up to this many variables the other solver re-solves and must agree (default 1000). */
	readonly crossCheckMaxVariables: number;
	/**
	 * Larger models, up to this many variables, are re-solved by HiGHS' interior-point method, an
	 * independent algorithm to its dual simplex, and must agree (default 20000; 0 turns it off).
	 */
	readonly ipmCrossCheckMaxVariables: number;
	/** Residual tolerance, relative to the row's magnitude (default 1e-6). */
	readonly tolerance: number;
	/** Objectives agree when |a−b| ≤ this × max(1, |a|) (default 1e-6). */
	readonly objectiveTolerance: number;
	readonly timeLimitSeconds: number;
}

/** The second opinion on a solution. */
export type CrossCheck =
	| {
			readonly status: 'agreed';
			readonly solver: SolverName;
			readonly algorithm: string;
			readonly objective: number;
			readonly difference: number;
	  }
	| {
			readonly status: 'disagreed';
			readonly solver: SolverName;
			readonly algorithm: string;
			readonly objective: number;
			readonly difference: number;
	  }
	| { readonly status: 'skipped'; readonly reason: string };

/** A solve with its independent verification. */
export type CheckedOutcome =
	| {
			readonly status: 'optimal';
			readonly solution: Extract<SolveOutcome, { status: 'optimal' }>;
			readonly residuals: ResidualReport;
			readonly crossCheck: CrossCheck;
	  }
	| {
			readonly status: 'infeasible' | 'unbounded';
			readonly solver: SolverName;
			readonly crossCheck: CrossCheck;
	  }
	| { readonly status: 'failed'; readonly message: string };
