import type { Highs, Model } from 'highs';
import type { ClassPanel, ClassProblem } from '../types.js';

/** The best panel for given per-class weights: its value, HiGHS's proven upper bound, and other good panels met on the way. */
export interface PricingOutcome {
	readonly status: 'optimal' | 'infeasible';
	readonly panel: ClassPanel;
	readonly value: number;
	/** Proven bound on the best value (≥ value); the maximin certificate uses it. */
	readonly bound: number;
	/** Improving incumbents HiGHS found before the optimum (extra columns at no cost). */
	readonly others: readonly ClassPanel[];
}

/** Upper bound on a class's count: one member per household, so at most the number of households of its type. */
export const classUpperBound = (problem: ClassProblem, a: number) =>
	problem.householdTypes[problem.classes[a]!.householdType]!.households.length;

/**
 * The integer-programming oracle: max Σ w_a·c_a over class counts c that meet every quota cell, fill n seats
 * and take at most one member per household. Kept as one persistent HiGHS model whose costs change per call.
 * Columns are classes; rows are the quota cells, the seat count, and one row per household type
 * with more than one class.
 */
export class PanelOracle {
	private readonly model: Model;
	private readonly lower: readonly number[];
	/** Per class: households of its type (one seat each at most). */
	readonly upper: readonly number[];
	constructor(
		private readonly highs: Highs,
		private readonly problem: ClassProblem,
		relGap: number
	) {
		const { classes, cells, householdTypes, panelSize } = problem;
		const rows: { lo: number; hi: number; cols: number[] }[] = cells.map((c) => ({
			lo: c.min,
			hi: c.max,
			cols: []
		}));
		classes.forEach((k, a) => k.cells.forEach((cell) => rows[cell]!.cols.push(a)));
		rows.push({ lo: panelSize, hi: panelSize, cols: classes.map((_, a) => a) });
		for (const t of householdTypes)
			if (t.classes.length > 1) rows.push({ lo: 0, hi: t.households.length, cols: [...t.classes] });
		const starts = [0];
		const indices: number[] = [];
		for (const r of rows) {
			indices.push(...r.cols);
			starts.push(indices.length);
		}
		const n = classes.length;
		this.lower = new Array<number>(n).fill(0);
		this.upper = classes.map((_, a) => classUpperBound(problem, a));
		this.model = highs.createModel({
			numCols: n,
			numRows: rows.length,
			sense: highs.constants.objectiveSense.maximize,
			colCost: new Float64Array(n),
			colLower: new Float64Array(n),
			colUpper: Float64Array.from(this.upper),
			rowLower: rows.map((r) => r.lo),
			rowUpper: rows.map((r) => r.hi),
			matrix: {
				format: 'csr',
				numRows: rows.length,
				numCols: n,
				starts,
				indices,
				values: new Float64Array(indices.length).fill(1)
			},
			integrality: new Int32Array(n).fill(highs.constants.variableType.integer)
		});
		this.model.options.set({ output_flag: false, mip_rel_gap: relGap, mip_abs_gap: 1e-10, random_seed: 0 });
	}

	/** Maximises Σ weights[a]·c_a. Deterministic for the same weights (single-threaded HiGHS, fixed seed, no time limit). */
	best(
		weights: readonly number[],
		bounds?: { readonly lower: readonly number[]; readonly upper: readonly number[] }
	): PricingOutcome {
		const { model, highs } = this;
		const all = { kind: 'range', from: 0, to: weights.length - 1 } as const;
		model.changeColsCost(all, Float64Array.from(weights));
		model.changeColsBounds(
			all,
			Float64Array.from(bounds?.lower ?? this.lower),
			Float64Array.from(bounds?.upper ?? this.upper)
		);
		const others: ClassPanel[] = [];
		model.run({
			[highs.constants.callbackType.mipImprovingSolution]: (event) => {
				const x = event.data.mip_solution;
				if (x) others.push(Array.from(x, Math.round));
			}
		});
		const status = model.getModelStatus();
		if (status === highs.constants.modelStatus.infeasible)
			return { status: 'infeasible', panel: [], value: -Infinity, bound: -Infinity, others: [] };
		if (status !== highs.constants.modelStatus.optimal)
			throw new Error(`HiGHS pricing step ended with model status ${status}`);
		const panel = Array.from(model.getSolution().colValue, Math.round);
		const value = panel.reduce((s, c, a) => s + c * weights[a]!, 0);
		const dual = Number(model.info.get('mip_dual_bound'));
		return {
			status: 'optimal',
			panel,
			value,
			bound: Number.isFinite(dual) ? Math.max(dual, value) : value,
			others: others.slice(0, -1)
		};
	}

	dispose(): void {
		this.model.dispose();
	}
}
