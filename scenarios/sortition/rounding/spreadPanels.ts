import { panelRounder } from './panelRounder.js';
import type { Random } from './seededRandom.js';
import type { ClassPanel, ClassProblem } from '../types.js';

/**
 * m whole panels whose average counts track fractional expected counts `target` (error diffusion over
 * time): panel j aims at what is still owed divided by the panels left, R_a/(m−j), so a class rounded down
 * once is rounded up later and every class ends within about one seat of m·target_a in total. This turns
 * the relaxed maximin optimum into a uniform lottery over m panels (the "uniform lottery" of Flanigan,
 * Gölz, Gupta, Hennig, Procaccia, "Fair Sortition Made Transparent", NeurIPS 2021, here built directly
 * from the expected counts). `fallback` (the IP oracle) supplies a panel when the swap repair gives up.
 */
export function spreadPanels(
	problem: ClassProblem,
	target: readonly number[],
	m: number,
	random: Random,
	fallback: (want: readonly number[]) => ClassPanel,
	log?: (j: number) => void
): { panels: ClassPanel[]; fallbacks: number } {
	const owed = target.map((x) => x * m);
	// The per-panel target itself (expected counts) is inside the quota polytope.
	const roundToPanel = panelRounder(problem);
	const panels: ClassPanel[] = [];
	let fallbacks = 0;
	for (let j = 0; j < m; j++) {
		const left = m - j;
		// Not clamped at 0: a class already over-served must rank last when the quota repair picks whom to
		// seat, or the same rare people are pushed in panel after panel (the sampling itself clamps).
		const want = owed.map((r) => r / left);
		// What this panel must give, per member, to bring each class back to its schedule: the repair's guide.
		const due = owed.map((r, a) => (r - (left - 1) * target[a]!) / problem.classes[a]!.members.length);
		// A failed repair is usually bad luck in the sampling order: try a few orders before the (slow) IP.
		let panel = roundToPanel(want, due, random);
		for (let retry = 0; !panel && retry < 3; retry++) panel = roundToPanel(want, due, random);
		// Near the end what is still owed can stop fitting the quotas (the repair kept pushing the same people
		// out); blend towards the target, which always fits, and leave the last unit to improveLottery.
		for (const blend of [0.5, 0.8, 1])
			if (!panel)
				panel = roundToPanel(
					want.map((w, a) => (1 - blend) * w + blend * target[a]!),
					due,
					random
				);
		if (!panel) {
			fallbacks++;
			log?.(j);
			panel = fallback(want.map((w) => Math.max(0, w)));
		}
		panel.forEach((c, a) => (owed[a]! -= c));
		panels.push(panel);
	}
	return { panels, fallbacks };
}
