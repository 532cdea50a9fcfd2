import type { Highs, Model } from 'highs';
import type { ClassPanel, ClassProblem } from '../types.js';

/** The restricted master LP's answer: the achieved minimum, the column weights, and the duals that price new panels. */
export interface MasterSolution {
	readonly z: number;
	readonly weights: readonly number[];
	/** Dual weight per class (0 for unselectable classes); sums to 1. */
	readonly classDuals: readonly number[];
	/** Dual of the convexity row (= z at the LP optimum): a new panel helps only if Σ classDuals·c/size exceeds it. */
	readonly convexityDual: number;
	/** Σ |row duals| before normalising (1 up to round-off; a check on the LP). */
	readonly dualTotal: number;
}

/**
 * max z  s.t.  Σ_P λ_P·c_a(P)/|a| ≥ z for every selectable class a,  Σ_P λ_P = 1,  λ ≥ 0
 * (the maximin LP of Flanigan et al., Nature 2021, restricted to the panels generated so far).
 * One persistent HiGHS model; adding a column keeps the simplex basis, so re-solves are warm.
 */
export class MasterProblem {
	private readonly model: Model;
	private readonly rowOf: Int32Array;
	private readonly rows: number;
	private columns = 0;
	constructor(
		private readonly highs: Highs,
		private readonly problem: ClassProblem,
		selectable: readonly number[]
	) {
		this.rowOf = new Int32Array(problem.classes.length).fill(-1);
		selectable.forEach((a, r) => (this.rowOf[a] = r));
		this.rows = selectable.length + 1;
		const m = this.rows;
		this.model = highs.createModel({
			numCols: 1,
			numRows: m,
			sense: highs.constants.objectiveSense.maximize,
			colCost: [1],
			colLower: [0],
			colUpper: [1],
			rowLower: Float64Array.from({ length: m }, (_, r) => (r < m - 1 ? 0 : 1)),
			rowUpper: Float64Array.from({ length: m }, (_, r) => (r < m - 1 ? highs.infinity : 1)),
			matrix: {
				format: 'csc',
				numRows: m,
				numCols: 1,
				starts: [0, m - 1],
				indices: Array.from({ length: m - 1 }, (_, r) => r),
				values: new Float64Array(m - 1).fill(-1)
			}
		});
		this.model.options.set({ output_flag: false, solver: 'simplex', random_seed: 0 });
	}

	get size(): number {
		return this.columns;
	}

	add(panel: ClassPanel): void {
		const entries: [number, number][] = [];
		panel.forEach((c, a) => {
			const r = this.rowOf[a]!;
			if (c > 0 && r >= 0) entries.push([r, c / this.problem.classes[a]!.members.length]);
		});
		entries.push([this.rows - 1, 1]);
		this.model.addCol(0, 0, this.highs.infinity, {
			indices: entries.map((e) => e[0]),
			values: entries.map((e) => e[1])
		});
		this.columns++;
	}

	solve(): MasterSolution {
		this.model.run();
		const status = this.model.getModelStatus();
		if (status !== this.highs.constants.modelStatus.optimal)
			throw new Error(`HiGHS master LP ended with model status ${status}`);
		const s = this.model.getSolution();
		const classDuals = new Array<number>(this.problem.classes.length).fill(0);
		let total = 0;
		this.rowOf.forEach((r, a) => {
			if (r >= 0) total += classDuals[a] = Math.abs(s.rowDual[r]!);
		});
		if (total > 0) for (let a = 0; a < classDuals.length; a++) classDuals[a]! /= total;
		return {
			z: s.colValue[0]!,
			weights: Array.from(s.colValue.subarray(1)),
			classDuals,
			convexityDual: s.colValue[0]!,
			dualTotal: total
		};
	}

	dispose(): void {
		this.model.dispose();
	}
}
