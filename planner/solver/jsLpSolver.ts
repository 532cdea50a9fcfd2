import solver from 'javascript-lp-solver';
import type { LpModel } from '../lp/types.js';
import type { LpSolver, SolveOutcome } from './types.js';

/** The JSON model javascript-lp-solver reads: bounds become rows of their own. */
function toJsModel(model: LpModel, costScale: number) {
	const constraints: Record<string, { min?: number; max?: number; equal?: number }> = {};
	const variables: Record<string, Record<string, number>> = {};
	const unrestricted: Record<string, 1> = {};
	model.variables.forEach((v) => {
		variables[v.name] = { __obj: v.cost * costScale };
		if (v.lower < 0) unrestricted[v.name] = 1;
		if (v.lower !== 0 && Number.isFinite(v.lower)) {
			constraints[`__lo_${v.name}`] = { min: v.lower };
			variables[v.name]![`__lo_${v.name}`] = 1;
		}
		if (Number.isFinite(v.upper)) {
			constraints[`__up_${v.name}`] = { max: v.upper };
			variables[v.name]![`__up_${v.name}`] = 1;
		}
	});
	model.constraints.forEach((c, i) => {
		const key = `r_${c.name}`;
		constraints[key] =
			c.lower === c.upper
				? { equal: c.upper }
				: {
						...(Number.isFinite(c.lower) ? { min: c.lower } : {}),
						...(Number.isFinite(c.upper) ? { max: c.upper } : {})
					};
		for (let k = model.rowStarts[i]!; k < model.rowStarts[i + 1]!; k++)
			variables[model.variables[model.columns[k]!]!.name]![key] = model.values[k]!;
	});
	return {
		optimize: '__obj',
		opType: model.sense,
		constraints,
		variables,
		unrestricted,
		options: { tolerance: 0, presolve: false, exitOnCycles: true }
	};
}

/**
 * javascript-lp-solver (a dense-tableau simplex in plain JavaScript): independent of HiGHS, so it
 * serves as the second algorithm on small models. It reports no duals.
 */
export function jsLpSolver(): LpSolver {
	return {
		name: 'jslp',
		async solve(model) {
			const started = performance.now();
			let result: Record<string, unknown>;
			try {
				// The tableau compares reduced costs with a fixed 1e-9 precision, so tiny objective
				// coefficients (tie-breakers of 1e-7) would read as zero: scale the objective up.
				const smallest = model.variables.reduce(
					(m, v) => (v.cost !== 0 ? Math.min(m, Math.abs(v.cost)) : m),
					Infinity
				);
				const costScale = Number.isFinite(smallest) ? Math.min(1e6, Math.max(1, 1e-2 / smallest)) : 1;
				result = solver.Solve(toJsModel(model, costScale) as never) as unknown as Record<string, unknown>;
			} catch (error) {
				return {
					status: 'failed',
					solver: 'jslp',
					message: (error as Error).message,
					ms: performance.now() - started
				};
			}
			const ms = performance.now() - started;
			if (!result.feasible) return { status: 'infeasible', solver: 'jslp', ms };
			if (result.bounded === false) return { status: 'unbounded', solver: 'jslp', ms };
			const x = Float64Array.from(model.variables, (v) => {
				const value = result[v.name];
				return typeof value === 'number' ? value : 0;
			});
			let objective = 0;
			model.variables.forEach((v, j) => (objective += v.cost * x[j]!));
			const outcome: SolveOutcome = {
				status: 'optimal',
				solver: 'jslp',
				objective,
				x,
				rowDuals: null,
				colDuals: null,
				ms
			};
			return outcome;
		},
		async close() {}
	};
}
