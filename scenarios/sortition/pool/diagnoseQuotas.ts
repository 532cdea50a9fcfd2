import type { ClassProblem } from '../types.js';

/**
 * Plain-language reasons quotas cannot be met, found by counting (no solver): a cell's minimum above the
 * volunteers (households) who could fill it, a category whose minimums add up to more than the panel or
 * whose maximums add up to less. The elastic IP (`relaxQuotas`) then gives the smallest fix.
 */
export function diagnoseQuotas(problem: ClassProblem): string[] {
	const { cells, classes, householdTypes, panelSize } = problem;
	const reasons: string[] = [];
	const available = new Array<number>(cells.length).fill(0);
	for (const t of householdTypes) {
		// A household counts once per cell even if two members share the value.
		const perCell = new Map<number, number>();
		for (const a of t.classes) for (const cell of classes[a]!.cells) perCell.set(cell, 1);
		for (const cell of perCell.keys()) available[cell]! += t.households.length;
	}
	cells.forEach((c, i) => {
		if (c.min > c.max) reasons.push(`${c.category}=${c.value}: min ${c.min} is above max ${c.max}`);
		if (available[i]! < c.min)
			reasons.push(
				`${c.category}=${c.value}: needs at least ${c.min} but only ${available[i]} households have a volunteer with it (short by ${c.min - available[i]!})`
			);
	});
	const categories = [...new Set(cells.map((c) => c.category))];
	for (const k of categories) {
		const ks = cells.filter((c) => c.category === k);
		const lo = ks.reduce((s, c) => s + c.min, 0);
		const hi = ks.reduce((s, c) => s + Math.min(c.max, panelSize), 0);
		if (lo > panelSize)
			reasons.push(
				`${k}: the minimums add up to ${lo}, more than the ${panelSize} seats (over by ${lo - panelSize})`
			);
		if (hi < panelSize)
			reasons.push(
				`${k}: the maximums add up to ${hi}, fewer than the ${panelSize} seats (short by ${panelSize - hi})`
			);
	}
	return reasons;
}
