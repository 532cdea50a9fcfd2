import type { Highs } from 'highs';
import { classUpperBound } from './panelOracle.js';
import type { ClassProblem } from '../types.js';

/** The LP relaxation of the maximin problem: a valid upper bound and the fractional expected counts reaching it. */
export interface RelaxedMaximin {
	readonly status: 'optimal' | 'infeasible';
	/** max z over fractional panels: no distribution over whole panels can beat it. */
	readonly bound: number;
	/** Expected count per class at that bound. */
	readonly counts: readonly number[];
}

/**
 * max z s.t. x meets the quotas, seat count and household rows, 0 ≤ x_a ≤ households, x_a ≥ |a|·z.
 * Every distribution over integer panels has expected counts in this polytope, so z* bounds the maximin
 * from above (a dual bound that needs no pricing); with panels of hundreds it is usually tight, which
 * is why it certifies the column generation's result within 0.0005 (Flanigan et al. 2021, Methods).
 */
export function relaxedMaximin(
	highs: Highs,
	problem: ClassProblem,
	selectable: readonly number[]
): RelaxedMaximin {
	const { classes, cells, householdTypes, panelSize } = problem;
	const n = classes.length;
	const rows: { lo: number; hi: number; entries: [number, number][] }[] = cells.map((c) => ({
		lo: c.min,
		hi: c.max,
		entries: []
	}));
	classes.forEach((k, a) => k.cells.forEach((cell) => rows[cell]!.entries.push([a, 1])));
	rows.push({ lo: panelSize, hi: panelSize, entries: classes.map((_, a) => [a, 1]) });
	for (const t of householdTypes)
		if (t.classes.length > 1)
			rows.push({ lo: 0, hi: t.households.length, entries: t.classes.map((a) => [a, 1]) });
	for (const a of selectable)
		rows.push({
			lo: 0,
			hi: Infinity,
			entries: [
				[a, 1],
				[n, -classes[a]!.members.length]
			]
		});
	const starts = [0];
	const indices: number[] = [];
	const values: number[] = [];
	for (const r of rows) {
		for (const [j, v] of r.entries) {
			indices.push(j);
			values.push(v);
		}
		starts.push(indices.length);
	}
	return highs.withModel(
		{
			numCols: n + 1,
			numRows: rows.length,
			sense: highs.constants.objectiveSense.maximize,
			colCost: Float64Array.from({ length: n + 1 }, (_, j) => (j === n ? 1 : 0)),
			colLower: new Float64Array(n + 1),
			colUpper: Float64Array.from({ length: n + 1 }, (_, j) => (j === n ? 1 : classUpperBound(problem, j))),
			rowLower: rows.map((r) => r.lo),
			rowUpper: rows.map((r) => (r.hi === Infinity ? highs.infinity : r.hi)),
			matrix: { format: 'csr', numRows: rows.length, numCols: n + 1, starts, indices, values }
		},
		(model): RelaxedMaximin => {
			model.options.set({ output_flag: false, random_seed: 0 });
			model.run();
			if (model.getModelStatus() !== highs.constants.modelStatus.optimal)
				return { status: 'infeasible', bound: 0, counts: [] };
			const x = model.getSolution().colValue;
			return { status: 'optimal', bound: x[n]!, counts: Array.from(x.subarray(0, n)) };
		}
	);
}
