import type { ReserveFigure } from '../../data/plan/types.js';
import type { AllocationModel } from '../model/modelIndex.js';

/**
 * Days of need the end-of-horizon stock covers, per tier-1 flow resource: the lowest over regions
 * and the population-weighted mean (a populous region emptied cannot hide behind small full ones).
 * Regions that cannot store a resource are left out, not counted as 0.
 */
export function reserveDays(m: AllocationModel, x: ArrayLike<number>): ReserveFigure[] {
	const D = m.input.periodDays;
	const population = new Map(m.input.regions.map((r) => [r.id, r.population]));
	const daily = new Map(
		m.cells
			.filter((c) => c.period === 0 && c.kind === 'flow')
			.map((c) => [`${c.region}|${c.resource}`, c.need / D])
	);
	const byResource = new Map<string, { min: number; weighted: number; people: number }>();
	for (const s of m.stocks) {
		if (s.period !== m.input.periods - 1 || s.capacity <= 0) continue;
		const need = daily.get(`${s.region}|${s.resource}`);
		if (!need) continue;
		const days = Math.max(0, x[s.column]!) / need;
		const people = population.get(s.region) ?? 0;
		const acc = byResource.get(s.resource) ?? { min: Infinity, weighted: 0, people: 0 };
		byResource.set(s.resource, {
			min: Math.min(acc.min, days),
			weighted: acc.weighted + days * people,
			people: acc.people + people
		});
	}
	return [...byResource].map(([resource, a]) => ({
		resource,
		minDays: a.min,
		meanDays: a.people > 0 ? a.weighted / a.people : a.min
	}));
}
