import type { Highs } from 'highs';
import { MasterProblem } from './masterProblem.js';
import { PanelOracle } from './panelOracle.js';
import type { ClassPanel, ClassProblem, MaximinOptions, MaximinResult } from '../types.js';

export const maximinDefaults: MaximinOptions = { targetGap: 0.0005, maxRounds: 2000, mipRelGap: 1e-6 };

/** Progress of the column generation, for logs. */
export type MaximinProgress = (round: number, lower: number, upper: number, columns: number) => void;

/**
 * The first stage of LEXIMIN (Flanigan, Gölz, Gupta, Hennig, Procaccia, "Fair algorithms for selecting
 * citizens' assemblies", Nature 596, 2021): maximise the minimum selection probability over distributions on
 * quota-feasible panels, by column generation. The master LP (`MasterProblem`) gives duals y ≥ 0, Σy = 1;
 * the IP oracle (`PanelOracle`) finds the panel maximising Σ y_a·c_a/|a|. By LP duality that maximum bounds
 * every achievable minimum from above, so `upperBound − minProbability` is a certificate of optimality.
 * Duals are smoothed towards the best bound so far (Wentges 1997) to damp the oscillation that makes plain
 * column generation tail; a smoothed price that finds no column is retried at the true duals.
 * Deterministic: no time limits, fixed solver seed, ties broken by the solvers' deterministic order.
 */
export function maximin(
	highs: Highs,
	problem: ClassProblem,
	options: MaximinOptions,
	clock: () => number,
	progress?: MaximinProgress,
	start?: { readonly columns: readonly ClassPanel[]; readonly upperBound: number }
): MaximinResult | { readonly status: 'infeasible' } {
	const started = clock();
	const size = problem.classes.map((k) => k.members.length);
	const oracle = new PanelOracle(highs, problem, options.mipRelGap);
	try {
		const columns: ClassPanel[] = [];
		const seen = new Set<string>();
		const covered = new Uint8Array(size.length);
		const add = (panel: ClassPanel): boolean => {
			const key = panel.join(',');
			if (seen.has(key)) return false;
			seen.add(key);
			columns.push(panel);
			panel.forEach((c, a) => c > 0 && (covered[a] = 1));
			return true;
		};
		let solves = 1;
		const first = oracle.best(size.map((s) => 1 / s));
		if (first.status === 'infeasible') return { status: 'infeasible' };
		add(first.panel);
		for (const p of start?.columns ?? []) add(p);
		// Cover every class that any feasible panel can hold; a class none can hold is reported, not maximised.
		const unselectable: number[] = [];
		for (;;) {
			const open = size.map((_, a) => (covered[a] ? 0 : 1));
			if (!open.some((x) => x)) break;
			const out = oracle.best(open.map((o, a) => o / size[a]! + 1e-6 / size[a]!));
			solves++;
			if (!out.panel.some((c, a) => c > 0 && open[a])) {
				open.forEach((o, a) => o && unselectable.push(a));
				break;
			}
			add(out.panel);
			for (const p of out.others) add(p);
		}
		const isOut = new Uint8Array(size.length);
		for (const a of unselectable) isOut[a] = 1;
		const selectable = size.map((_, a) => a).filter((a) => !isOut[a]);
		const master = new MasterProblem(highs, problem, selectable);
		try {
			for (const p of columns) master.add(p);
			let upper = start?.upperBound ?? Infinity;
			let best: readonly number[] | undefined;
			let solution = master.solve();
			let round = 0;
			const alpha = 0.5;
			for (; round < options.maxRounds; round++) {
				if (upper - solution.z <= options.targetGap) break;
				const y = solution.classDuals;
				const price = (duals: readonly number[]) => {
					solves++;
					const out = oracle.best(duals.map((d, a) => d / size[a]!));
					upper = Math.min(upper, out.bound);
					if (out.bound <= upper) best = duals;
					let added = 0;
					for (const p of [out.panel, ...out.others]) {
						const gain = p.reduce((s, c, a) => s + (c * y[a]!) / size[a]!, 0);
						if (gain > solution.z + 1e-9 && add(p)) {
							master.add(p);
							added++;
						}
					}
					return added;
				};
				let added = best ? price(best.map((b, a) => alpha * b + (1 - alpha) * y[a]!)) : 0;
				if (added === 0) added = price(y);
				progress?.(round, solution.z, upper, columns.length);
				if (added === 0) break;
				solution = master.solve();
			}
			const weights = solution.weights;
			const probability = new Array<number>(size.length).fill(0);
			const kept: ClassPanel[] = [];
			const keptWeights: number[] = [];
			weights.forEach((w, j) => {
				if (w <= 1e-12) return;
				kept.push(columns[j]!);
				keptWeights.push(w);
			});
			const total = keptWeights.reduce((s, w) => s + w, 0);
			kept.forEach((p, j) =>
				p.forEach((c, a) => (probability[a]! += ((keptWeights[j]! / total) * c) / size[a]!))
			);
			const minProbability = Math.min(...selectable.map((a) => probability[a]!));
			return {
				status: upper - minProbability <= options.targetGap ? 'optimal' : 'stopped',
				panels: kept,
				weights: keptWeights.map((w) => w / total),
				classProbabilities: probability,
				minProbability,
				upperBound: upper,
				gap: Math.max(0, upper - minProbability),
				unselectable,
				rounds: round,
				columns: columns.length,
				pricingSolves: solves,
				seconds: (clock() - started) / 1000
			};
		} finally {
			master.dispose();
		}
	} finally {
		oracle.dispose();
	}
}
