import { classUpperBound } from '../optimise/panelOracle.js';
import type { ClassPanel, ClassProblem } from '../types.js';

/** A whole panel with every class count within [lower, upper], maximising Σ weights·counts; undefined if none. */
export type BoundedPanel = (
	weights: readonly number[],
	lower: readonly number[],
	upper: readonly number[]
) => ClassPanel | undefined;

/**
 * Lifts every selectable class to `target` seats per member (Σ over the m panels ≥ |a|·target) where single
 * swaps (`improveLottery`) got stuck: a panel is replaced by the integer program's best panel that seats
 * more of the short classes while keeping every other class at or above its own target, so nobody is
 * pushed below. `target` = floor(m × bound) is the most an m-panel lottery can give everyone; once a class
 * has |a|·target seats in total, the even assignment to members (`assignPanels`) gives each of them at
 * least target. Panels are tried in order (a fixed visit order keeps the draw deterministic), at most
 * `tries` per short class; classes that cannot be lifted stay short and the certificate shows it.
 */
export function repairDeficits(
	problem: ClassProblem,
	input: readonly ClassPanel[],
	selectable: readonly number[],
	target: number,
	panelWithin: BoundedPanel,
	tries = 12
): { readonly panels: ClassPanel[]; readonly replaced: number } {
	const size = problem.classes.map((k) => k.members.length);
	const panels = input.map((p) => [...p]);
	const total = new Array<number>(size.length).fill(0);
	for (const p of panels) p.forEach((c, a) => (total[a]! += c));
	const need = (a: number) => size[a]! * target;
	const upper = problem.classes.map((_, a) => classUpperBound(problem, a));
	const isSelectable = new Uint8Array(size.length);
	for (const a of selectable) isSelectable[a] = 1;
	const short = () => selectable.filter((a) => total[a]! < need(a));
	let replaced = 0;
	const given = new Set<number>();
	let cursor = 0;
	for (let open = short(); open.length > 0; open = short()) {
		const a = open.find((x) => !given.has(x));
		if (a === undefined) break;
		let lifted = false;
		for (let scanned = 0, t = 0; scanned < panels.length && t < tries && !lifted; scanned++) {
			const j = (cursor + scanned) % panels.length;
			const p = panels[j]!;
			if (p[a]! >= upper[a]!) continue;
			t++;
			// Without panel j, each class keeps total − c seats: the new panel must make up its target (or, for a
			// class still short, at least what it has now), and seat one more of class a.
			const lower = p.map((c, b) =>
				b === a ? c + 1 : isSelectable[b] ? Math.max(0, Math.min(need(b), total[b]!) - (total[b]! - c)) : 0
			);
			// Short classes first (by how far below they are), then staying close to panel j's composition.
			const weights = p.map((c, b) =>
				total[b]! < need(b) ? 1 + (need(b) - total[b]!) / size[b]! : c > 0 ? 1e-3 : 0
			);
			const q = panelWithin(weights, lower, upper);
			if (!q || q[a]! <= p[a]!) continue;
			p.forEach((c, b) => (total[b]! += q[b]! - c));
			panels[j] = [...q];
			replaced++;
			lifted = true;
			cursor = (j + 1) % panels.length;
		}
		if (!lifted) given.add(a);
	}
	return { panels, replaced };
}
