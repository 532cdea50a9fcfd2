import type { Highs } from 'highs';
import { classUpperBound } from './panelOracle.js';
import { relaxedMaximinModel } from './relaxedMaximinModel.js';
import type { ClassProblem } from '../types.js';

/** The LEXIMIN of the relaxation: the first stage's bound and the expected counts after every stage. */
export interface RelaxedLeximin {
	readonly status: 'optimal' | 'infeasible';
	/** The first stage's optimum (the maximin bound: no distribution over whole panels beats it). */
	readonly bound: number;
	/** Expected count per class at the LEXIMIN point. */
	readonly counts: readonly number[];
	/** Stages solved (each fixes at least one class at its level). */
	readonly stages: number;
}

/** Below this a row dual counts as zero (HiGHS's default dual feasibility tolerance is 1e-7). */
const DUAL_ZERO = 1e-7;
/** A fixed level is kept with this relative slack, so round-off never makes a later stage infeasible. */
const SLACK = 1e-9;

/**
 * The later LEXIMIN stages (Flanigan, Gölz, Gupta, Hennig, Procaccia, Nature 596, 2021, Methods "Leximin"),
 * on the LP relaxation of the panel polytope: maximise the minimum probability z; every class whose row has
 * a positive dual is at z in every optimum (complementary slackness), so fix it there (x_a ≥ |a|·z) and
 * maximise the minimum over the others; repeat until every class is fixed. The result is the unique
 * LEXIMIN vector of expected counts over the relaxation: the least-served get the maximin, and everyone
 * else is as equal as the quotas allow. One persistent HiGHS model, warm-started from stage to stage (primal simplex).
 * The rounding to m whole panels (`spreadPanels`) then tracks these counts; how close the published
 * lottery comes to them is measured per volunteer, not assumed.
 */
export function relaxedLeximin(
	highs: Highs,
	problem: ClassProblem,
	selectable: readonly number[]
): RelaxedLeximin {
	const n = problem.classes.length;
	const { data, classRow } = relaxedMaximinModel(highs, problem, selectable);
	return highs.withModel(data, (model): RelaxedLeximin => {
		model.options.set({ output_flag: false, random_seed: 0, solver: 'simplex', simplex_strategy: 4 });
		const free = new Set(selectable);
		let bound = 0;
		let counts: number[] = [];
		let stages = 0;
		while (free.size > 0) {
			model.run();
			if (model.getModelStatus() !== highs.constants.modelStatus.optimal) {
				if (stages === 0) return { status: 'infeasible', bound: 0, counts: [], stages: 0 };
				throw new Error(`HiGHS LEXIMIN stage ${stages + 1} ended with status ${model.getModelStatus()}`);
			}
			const { colValue, rowDual } = model.getSolution();
			const z = colValue[n]!;
			if (stages === 0) bound = z;
			counts = Array.from(colValue.subarray(0, n));
			stages++;
			let fix = [...free].filter((a) => Math.abs(rowDual[classRow[a]!]!) > DUAL_ZERO);
			// z at its cap of 1, or duals lost in round-off: fix whoever is at the level, so the loop ends.
			if (z >= 1 - 1e-9 || fix.length === 0)
				fix = [...free].filter((a) => counts[a]! <= problem.classes[a]!.members.length * z + 1e-9);
			if (fix.length === 0) fix = [...free];
			// A fixed class keeps its level as a lower bound on its column and its row is freed: bounds change,
			// the matrix does not, so the basis and its factorisation carry over, and the last optimum stays
			// feasible, which the primal simplex exploits.
			for (const a of fix) {
				free.delete(a);
				const row = classRow[a]!;
				model.changeRowsBounds({ kind: 'range', from: row, to: row }, [-highs.infinity], [highs.infinity]);
				const level = problem.classes[a]!.members.length * z * (1 - SLACK);
				model.changeColsBounds({ kind: 'range', from: a, to: a }, [level], [classUpperBound(problem, a)]);
			}
		}
		return { status: 'optimal', bound, counts, stages };
	});
}
