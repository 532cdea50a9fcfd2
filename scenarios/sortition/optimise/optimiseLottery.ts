import type { Highs } from 'highs';
import { improveLottery } from '../rounding/improveLottery.js';
import { maximin } from './maximin.js';
import { PanelOracle } from './panelOracle.js';
import { relaxedLeximin } from './relaxedLeximin.js';
import { repairDeficits } from '../rounding/repairDeficits.js';
import { roundDistribution } from '../rounding/roundDistribution.js';
import { seededRandom } from '../rounding/seededRandom.js';
import { spreadPanels } from '../rounding/spreadPanels.js';
import type { ClassPanel, ClassProblem, LotteryOptions, OptimisedLottery } from '../types.js';

export const lotteryDefaults: LotteryOptions = {
	panels: 1000,
	targetGap: 0.0005,
	refineRounds: 300,
	refineLimit: 200_000,
	mipRelGap: 1e-6
};

const probabilities = (problem: ClassProblem, panels: readonly ClassPanel[]) => {
	const total = new Array<number>(problem.classes.length).fill(0);
	for (const p of panels) p.forEach((c, a) => (total[a]! += c));
	return total.map((t, a) => t / panels.length / problem.classes[a]!.members.length);
};

/**
 * The whole optimisation, deterministic for the same problem and `stream`:
 * 1. LEXIMIN over the LP relaxation (`relaxedLeximin`): its first stage gives the dual bound z̄ (the
 *    certificate), the later stages expected counts x* that are as equal as the quotas allow above it;
 * 2. error diffusion turns x* into m whole quota-feasible panels (the lottery), with the IP oracle where
 *    the fast swap repair gives up; quota-safe swaps raise the least-served class, and where they get stuck
 *    the IP replaces a panel (`repairDeficits`) until every class has floor(m·z̄) seats per member;
 * 3. when the lottery's minimum is still further than `targetGap` below z̄ and the master LP is small
 *    enough, column generation with the IP pricing oracle (the Flanigan et al. maximin) improves the
 *    distribution, starting from the lottery's panels, and its expected counts are spread again.
 * The certificate gap is z̄ (or the better pricing bound) minus the best distribution's minimum; the loss
 * from rounding to m panels (granularity 1/m per volunteer) is reported apart, as in Flanigan et al. 2021b.
 */
export function optimiseLottery(
	highs: Highs,
	problem: ClassProblem,
	options: LotteryOptions,
	stream: string,
	clock: () => number,
	log: (line: string) => void = () => {}
): OptimisedLottery | { readonly status: 'infeasible' } {
	const started = clock();
	const seconds = () => ((clock() - started) / 1000).toFixed(1);
	const all = problem.classes.map((_, a) => a);
	const oracle = new PanelOracle(highs, problem, options.mipRelGap);
	// Replacing a panel needs a feasible panel that lifts the short classes, not a proven optimum: a 1% gap
	// lets HiGHS stop at the first good one (still deterministic: no time limit decides anything).
	const repairOracle = new PanelOracle(highs, problem, 0.01);
	try {
		const unselectable: number[] = [];
		let relaxed = relaxedLeximin(highs, problem, all);
		if (relaxed.status === 'infeasible') return { status: 'infeasible' };
		if (relaxed.bound <= 1e-9) {
			// Someone can never sit: find who (one IP each), and equalise over the others.
			for (const a of all)
				if (oracle.best(all.map((b) => (b === a ? 1 : 0))).value < 0.5) unselectable.push(a);
			relaxed = relaxedLeximin(
				highs,
				problem,
				all.filter((a) => !unselectable.includes(a))
			);
		}
		const selectable = all.filter((a) => !unselectable.includes(a));
		log(
			`relaxed leximin: bound ${relaxed.bound.toFixed(6)} over ${problem.classes.length} classes, ${relaxed.stages} stages (${seconds()} s)`
		);
		const fallback = (want: readonly number[]) => {
			// Nearest whole panel by the IP: counts within floor/ceil of what is wanted, widened by one seat, then free.
			const frac = want.map((w) => w - Math.floor(w + 1e-9));
			for (const widen of [0, 1, 2]) {
				const lower = want.map((w, a) =>
					Math.max(0, Math.min(Math.floor(w + 1e-9) - widen, oracle.upper[a]!))
				);
				const upper = want.map((w, a) => Math.min(Math.ceil(w - 1e-9) + widen, oracle.upper[a]!));
				const near = oracle.best(frac, { lower, upper });
				if (near.status === 'optimal') return near.panel;
			}
			return oracle.best(want.map((w, a) => w / problem.classes[a]!.members.length)).panel;
		};
		const within = (weights: readonly number[], lower: readonly number[], upper: readonly number[]) => {
			const out = repairOracle.best(weights, { lower, upper });
			return out.status === 'optimal' ? out.panel : undefined;
		};
		let upper = relaxed.bound;
		// A uniform lottery over m panels gives whole multiples of 1/m: floor(m × bound)/m is the best any
		// m-panel lottery can reach, so once the least-served class is there, more optimisation cannot help.
		const target = () => Math.floor(options.panels * upper + 1e-9);
		const minOf = (p: readonly number[]) =>
			selectable.length ? Math.min(...selectable.map((a) => p[a]!)) : 0;
		const reached = (p: readonly number[]) =>
			upper - minOf(p) <= options.targetGap || minOf(p) >= target() / options.panels - 1e-12;
		let replaced = 0;
		const finish = (raw: readonly ClassPanel[]) => {
			const swapped = improveLottery(problem, raw, selectable, target() / options.panels);
			const repaired = reached(probabilities(problem, swapped.panels))
				? { panels: swapped.panels, replaced: 0 }
				: repairDeficits(problem, swapped.panels, selectable, target(), within);
			replaced += repaired.replaced;
			return { panels: repaired.panels, probability: probabilities(problem, repaired.panels) };
		};
		const spread = spreadPanels(
			problem,
			relaxed.counts,
			options.panels,
			seededRandom(`${stream}:spread`),
			fallback
		);
		let { panels, probability } = finish(spread.panels);
		let refined = false;
		const fallbacks = spread.fallbacks;
		const ip = `${spread.fallbacks} panels from the IP oracle, ${replaced} replaced by the IP`;
		log(`lottery of ${panels.length}: minimum ${minOf(probability).toFixed(6)}, ${ip} (${seconds()} s)`);
		let distributionMin = minOf(probability);
		if (
			!reached(probability) &&
			options.refineRounds > 0 &&
			problem.classes.length * problem.panelSize <= options.refineLimit
		) {
			const cg = maximin(
				highs,
				problem,
				{ targetGap: options.targetGap / 2, maxRounds: options.refineRounds, mipRelGap: options.mipRelGap },
				clock,
				undefined,
				{ columns: panels, upperBound: upper }
			);
			if (cg.status !== 'infeasible') {
				upper = Math.min(upper, cg.upperBound);
				distributionMin = Math.max(distributionMin, cg.minProbability);
				const counts = cg.classProbabilities.map((p, a) => p * problem.classes[a]!.members.length);
				refined = true;
				// Small problems: a few rounding streams (fixed names, so still deterministic), keep the best minimum.
				const candidates = [
					roundDistribution(cg.panels, cg.weights, options.panels, seededRandom(`${stream}:direct`)),
					...[0, 1, 2].map(
						(k) =>
							spreadPanels(
								problem,
								counts,
								options.panels,
								seededRandom(k === 0 ? `${stream}:refined` : `${stream}:refined:${k}`),
								fallback
							).panels
					)
				];
				for (const raw of candidates) {
					const again = finish(raw);
					if (minOf(again.probability) > minOf(probability)) ({ panels, probability } = again);
				}
				distributionMin = Math.max(distributionMin, minOf(probability));
				log(
					`column generation: ${cg.rounds} rounds, ${cg.columns} columns, minimum ${cg.minProbability.toFixed(6)}, bound ${cg.upperBound.toFixed(6)}`
				);
			}
		}
		const minProbability = minOf(probability);
		return {
			status: 'optimal',
			panels,
			classProbabilities: probability,
			optimalProbabilities: relaxed.counts.map((x, a) => x / problem.classes[a]!.members.length),
			minProbability,
			distributionMin,
			upperBound: upper,
			gap: Math.max(0, upper - distributionMin),
			roundingLoss: distributionMin - minProbability,
			unselectable,
			refined,
			oracleFallbacks: fallbacks,
			seconds: (clock() - started) / 1000
		};
	} finally {
		oracle.dispose();
		repairOracle.dispose();
	}
}
