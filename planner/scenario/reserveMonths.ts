import type { AllocationModel } from '../model/modelIndex.js';

/**
 * Months of need the end-of-horizon stock would cover, the lowest over regions and tier-1 flow
 * resources that have storage (resources a region cannot store are left out, not counted as 0).
 */
export function reserveMonths(m: AllocationModel, x: ArrayLike<number>): number {
	const D = m.input.periodDays;
	const daily = new Map(
		m.cells
			.filter((c) => c.period === 0 && c.kind === 'flow')
			.map((c) => [`${c.region}|${c.resource}`, c.need / D])
	);
	let lowest = Infinity;
	for (const s of m.stocks) {
		if (s.period !== m.input.periods - 1 || s.capacity <= 0) continue;
		const need = daily.get(`${s.region}|${s.resource}`);
		if (!need) continue;
		lowest = Math.min(lowest, x[s.column]! / (need * 30));
	}
	return Number.isFinite(lowest) ? lowest : 0;
}
