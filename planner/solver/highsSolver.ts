import type { Highs } from 'highs';
import type { LpModel } from '../lp/types.js';
import type { Basis, LpSolver, SolveOutcome } from './types.js';

/** The arrays HiGHS needs, in a form that can cross a worker boundary. */
export interface HighsInput {
	readonly sense: 'min' | 'max';
	readonly colCost: Float64Array;
	readonly colLower: Float64Array;
	readonly colUpper: Float64Array;
	readonly rowLower: Float64Array;
	readonly rowUpper: Float64Array;
	readonly rowStarts: Int32Array;
	readonly columns: Int32Array;
	readonly values: Float64Array;
}

export function toHighsInput(model: LpModel): HighsInput {
	return {
		sense: model.sense,
		colCost: Float64Array.from(model.variables, (v) => v.cost),
		colLower: Float64Array.from(model.variables, (v) => v.lower),
		colUpper: Float64Array.from(model.variables, (v) => v.upper),
		rowLower: Float64Array.from(model.constraints, (c) => c.lower),
		rowUpper: Float64Array.from(model.constraints, (c) => c.upper),
		rowStarts: model.rowStarts,
		columns: model.columns,
		values: model.values
	};
}

const STATUS = { optimal: 7, infeasible: 8, unboundedOrInfeasible: 9, unbounded: 10 } as const;

/** Solves prepared arrays with a loaded HiGHS runtime (persistent API, CSR matrix, no text parsing). */
export function solveWithHighs(
	highs: Highs,
	input: HighsInput,
	timeLimitSeconds: number,
	algorithm: 'simplex' | 'ipm' = 'simplex',
	basis: Basis | null = null
): SolveOutcome {
	const started = performance.now();
	const inf = (n: Float64Array) =>
		n.map((v) => (v === Infinity ? highs.infinity : v === -Infinity ? -highs.infinity : v));
	const numCols = input.colCost.length;
	const numRows = input.rowLower.length;
	const model = highs.createModel({
		numCols,
		numRows,
		sense:
			input.sense === 'max'
				? highs.constants.objectiveSense.maximize
				: highs.constants.objectiveSense.minimize,
		colCost: input.colCost,
		colLower: inf(input.colLower),
		colUpper: inf(input.colUpper),
		rowLower: inf(input.rowLower),
		rowUpper: inf(input.rowUpper),
		matrix: {
			format: 'csr',
			numRows,
			numCols,
			starts: input.rowStarts,
			indices: input.columns,
			values: input.values
		}
	});
	try {
		model.options.set({
			output_flag: false,
			time_limit: timeLimitSeconds,
			solver: algorithm === 'ipm' ? 'ipm' : 'simplex'
		});
		// A model that differs from the last only in bounds (the survival re-solve) starts from its
		// optimal basis: dual simplex then repairs the few rows the new bounds break.
		if (basis && algorithm === 'simplex') model.setBasis(basis);
		model.run();
		const status = model.getModelStatus();
		const ms = performance.now() - started;
		if (status === STATUS.optimal) {
			const s = model.getSolution();
			return {
				status: 'optimal',
				solver: 'highs',
				objective: model.getObjectiveValue(),
				x: Float64Array.from(s.colValue),
				rowDuals: Float64Array.from(s.rowDual),
				colDuals: Float64Array.from(s.colDual),
				basis: algorithm === 'simplex' ? model.getBasis() : null,
				ms
			};
		}
		if (status === STATUS.infeasible) return { status: 'infeasible', solver: 'highs', ms };
		if (status === STATUS.unbounded) return { status: 'unbounded', solver: 'highs', ms };
		if (status === STATUS.unboundedOrInfeasible) {
			// HiGHS could not tell which after presolve; solving without presolve decides.
			model.options.set({ presolve: 'off' });
			model.run();
			const again = model.getModelStatus();
			return {
				status: again === STATUS.unbounded ? 'unbounded' : 'infeasible',
				solver: 'highs',
				ms: performance.now() - started
			};
		}
		return { status: 'failed', solver: 'highs', message: `HiGHS stopped with model status ${status}`, ms };
	} finally {
		model.dispose();
	}
}

/** HiGHS in this thread. `load` is the package's default export, passed in so tests can share one runtime. */
export function highsSolver(load: () => Promise<Highs>): LpSolver {
	let runtime: Promise<Highs> | null = null;
	return {
		name: 'highs',
		async solve(model, options = {}) {
			runtime ??= load();
			return solveWithHighs(
				await runtime,
				toHighsInput(model),
				options.timeLimitSeconds ?? 60,
				options.algorithm,
				options.basis ?? null
			);
		},
		async close() {}
	};
}
