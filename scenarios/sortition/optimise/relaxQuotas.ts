import type { Highs } from 'highs';
import { classUpperBound } from './panelOracle.js';
import type { ClassProblem, Relaxation } from '../types.js';

/** The smallest quota relaxation that admits a panel, or why none can. */
export type RelaxOutcome =
	| { readonly status: 'relaxable'; readonly relaxations: readonly Relaxation[]; readonly total: number }
	| { readonly status: 'impossible'; readonly reason: string };

/**
 * Elastic IP: the panel IP with, per quota cell, integer slacks d⁻ (seats below min allowed) and d⁺ (seats
 * above max allowed); minimise Σ d. The optimum is the fewest seats by which the published bounds must move,
 * and names the cells to move (Chinneck, "Feasibility and Infeasibility in Optimization", 2008, ch. 6).
 * When even free quotas fail, the pool has fewer households than seats.
 */
export function relaxQuotas(highs: Highs, problem: ClassProblem): RelaxOutcome {
	const { classes, cells, householdTypes, panelSize } = problem;
	const households = householdTypes.reduce((s, t) => s + t.households.length, 0);
	if (households < panelSize)
		return {
			status: 'impossible',
			reason: `the pool has ${households} households but the panel needs ${panelSize} seats (one per household at most)`
		};
	const n = classes.length;
	const k = cells.length;
	// Columns: class counts (n), then d⁻ and d⁺ per cell (2k).
	const rows: { lo: number; hi: number; entries: [number, number][] }[] = cells.map((c, i) => ({
		lo: c.min,
		hi: c.max,
		entries: [
			[n + 2 * i, 1],
			[n + 2 * i + 1, -1]
		]
	}));
	classes.forEach((cl, a) => cl.cells.forEach((cell) => rows[cell]!.entries.push([a, 1])));
	rows.push({ lo: panelSize, hi: panelSize, entries: classes.map((_, a) => [a, 1]) });
	for (const t of householdTypes)
		if (t.classes.length > 1)
			rows.push({ lo: 0, hi: t.households.length, entries: t.classes.map((a) => [a, 1]) });
	const starts = [0];
	const indices: number[] = [];
	const values: number[] = [];
	for (const r of rows) {
		r.entries.sort((x, y) => x[0] - y[0]);
		for (const [j, v] of r.entries) {
			indices.push(j);
			values.push(v);
		}
		starts.push(indices.length);
	}
	const cols = n + 2 * k;
	return highs.withModel(
		{
			numCols: cols,
			numRows: rows.length,
			colCost: Float64Array.from({ length: cols }, (_, j) => (j < n ? 0 : 1)),
			colLower: new Float64Array(cols),
			colUpper: Float64Array.from({ length: cols }, (_, j) =>
				j < n ? classUpperBound(problem, j) : panelSize
			),
			rowLower: rows.map((r) => r.lo),
			rowUpper: rows.map((r) => r.hi),
			matrix: { format: 'csr', numRows: rows.length, numCols: cols, starts, indices, values },
			integrality: new Int32Array(cols).fill(highs.constants.variableType.integer)
		},
		(model): RelaxOutcome => {
			model.options.set({ output_flag: false, random_seed: 0 });
			model.run();
			if (model.getModelStatus() !== highs.constants.modelStatus.optimal)
				return { status: 'impossible', reason: 'no panel exists even with every quota relaxed' };
			const x = model.getSolution().colValue;
			const relaxations: Relaxation[] = [];
			cells.forEach((c, i) => {
				const below = Math.round(x[n + 2 * i]!);
				const above = Math.round(x[n + 2 * i + 1]!);
				const from = { min: c.min, max: c.max };
				if (below > 0)
					relaxations.push({
						category: c.category,
						value: c.value,
						from,
						to: { min: c.min - below, max: c.max },
						by: below
					});
				if (above > 0)
					relaxations.push({
						category: c.category,
						value: c.value,
						from,
						to: { min: c.min, max: c.max + above },
						by: above
					});
			});
			return { status: 'relaxable', relaxations, total: relaxations.reduce((s, r) => s + r.by, 0) };
		}
	);
}
