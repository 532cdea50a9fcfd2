import { classUpperBound } from '../optimise/panelOracle.js';
import type { ClassPanel, ClassProblem } from '../types.js';

/**
 * Raises the lottery's minimum by quota-safe swaps: while some panel can take one more member of the
 * least-served class in exchange for a member of a class served clearly better (without leaving any quota
 * cell's bounds or seating two of a household), make that swap. Each swap moves 1/m of a seat, so it repairs
 * the last rounding errors of the error diffusion. Deterministic: lowest probability first, ties by class
 * index; panels scanned in order. Stops after `maxSwaps`, or once every class reaches `goal` (the most an
 * m-panel lottery can give everyone: lifting one class past it only lowers another, and stuck classes above
 * it cost full scans of every panel for nothing).
 */
export function improveLottery(
	problem: ClassProblem,
	input: readonly ClassPanel[],
	selectable: readonly number[],
	goal = 1,
	maxSwaps = 20_000
): { panels: ClassPanel[]; swaps: number } {
	const { classes, cells, householdTypes } = problem;
	const m = input.length;
	const panels = input.map((p) => [...p]);
	const size = classes.map((k) => k.members.length);
	const ub = classes.map((_, a) => classUpperBound(problem, a));
	const total = new Array<number>(classes.length).fill(0);
	for (const p of panels) p.forEach((c, a) => (total[a]! += c));
	const prob = (a: number, extra = 0) => (total[a]! + extra) / m / size[a]!;
	// Members present in each panel, so a scan for a partner touches ~n classes, not every class.
	const present = panels.map((p) => p.flatMap((c, a) => (c > 0 ? [a] : [])));
	const counts = panels.map((p) => {
		const cnt = new Array<number>(cells.length).fill(0);
		p.forEach((c, a) => {
			for (const cell of classes[a]!.cells) cnt[cell]! += c;
		});
		return cnt;
	});
	const typeUsed = panels.map((p) => {
		const used = new Array<number>(householdTypes.length).fill(0);
		p.forEach((c, a) => (used[classes[a]!.householdType]! += c));
		return used;
	});
	const blocked = new Set<number>();
	let swaps = 0;
	let cursor = 0;
	while (swaps < maxSwaps) {
		let a = -1;
		for (const x of selectable) if (!blocked.has(x) && (a < 0 || prob(x) < prob(a))) a = x;
		if (a < 0) break;
		const floor = Math.min(...selectable.map((x) => prob(x)));
		if (prob(a) > floor + 1e-12) break; // only the minimum matters; anything above it is already fine
		if (floor >= goal - 1e-12) break;
		let done = false;
		for (let step = 0; step < m && !done; step++) {
			// Resume where the last swap happened: earlier panels were just scanned and are likely saturated.
			const j = (cursor + step) % m;
			const p = panels[j]!;
			if (p[a]! >= ub[a]!) continue;
			const cnt = counts[j]!;
			const ta = classes[a]!.householdType;
			let best = -1;
			const need = prob(a, 1) + 1e-12;
			for (const b of present[j]!) {
				if (b === a || p[b]! === 0) continue;
				// b must stay above a's new level after the swap, or the swap only moves the minimum.
				if (prob(b, -1) <= need) continue;
				if (ta !== classes[b]!.householdType && typeUsed[j]![ta]! >= householdTypes[ta]!.households.length)
					continue;
				const ca = classes[a]!.cells;
				const cb = classes[b]!.cells;
				let ok = true;
				for (let k = 0; k < ca.length && ok; k++) {
					if (ca[k] === cb[k]) continue;
					if (cnt[ca[k]!]! + 1 > cells[ca[k]!]!.max || cnt[cb[k]!]! - 1 < cells[cb[k]!]!.min) ok = false;
				}
				if (ok && (best < 0 || prob(b) > prob(best))) best = b;
			}
			if (best < 0) continue;
			const b = best;
			p[a]!++;
			p[b]!--;
			total[a]!++;
			total[b]!--;
			for (const cell of classes[a]!.cells) cnt[cell]!++;
			for (const cell of classes[b]!.cells) cnt[cell]!--;
			typeUsed[j]![ta]!++;
			typeUsed[j]![classes[b]!.householdType]!--;
			if (p[a] === 1) present[j]!.push(a);
			if (p[b] === 0) present[j]!.splice(present[j]!.indexOf(b), 1);
			swaps++;
			cursor = j;
			done = true;
		}
		if (!done) blocked.add(a);
	}
	return { panels, swaps };
}
