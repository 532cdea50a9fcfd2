import type { Highs, ModelData } from 'highs';
import { classUpperBound } from './panelOracle.js';
import type { ClassProblem } from '../types.js';

/**
 * The LP max z s.t. x meets the quotas, seat count and household rows, 0 ≤ x_a ≤ households, x_a ≥ |a|·z:
 * columns are the classes and then z; `classRow[a]` is the row x_a − |a|·z ≥ 0 of selectable class a (−1
 * otherwise). Every distribution over whole panels has expected counts in this polytope, so its optimum z*
 * bounds the maximin from above without any pricing (Flanigan et al. 2021, Methods); the LEXIMIN stages
 * (`relaxedLeximin`) start from it.
 */
export function relaxedMaximinModel(
	highs: Highs,
	problem: ClassProblem,
	selectable: readonly number[]
): { readonly data: ModelData; readonly classRow: Int32Array } {
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
	const classRow = new Int32Array(n).fill(-1);
	for (const a of selectable) {
		classRow[a] = rows.length;
		rows.push({
			lo: 0,
			hi: Infinity,
			entries: [
				[a, 1],
				[n, -classes[a]!.members.length]
			]
		});
	}
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
	return {
		classRow,
		data: {
			numCols: n + 1,
			numRows: rows.length,
			sense: highs.constants.objectiveSense.maximize,
			colCost: Float64Array.from({ length: n + 1 }, (_, j) => (j === n ? 1 : 0)),
			colLower: new Float64Array(n + 1),
			colUpper: Float64Array.from({ length: n + 1 }, (_, j) => (j === n ? 1 : classUpperBound(problem, j))),
			rowLower: rows.map((r) => r.lo),
			rowUpper: rows.map((r) => (r.hi === Infinity ? highs.infinity : r.hi)),
			matrix: { format: 'csr', numRows: rows.length, numCols: n + 1, starts, indices, values }
		}
	};
}
