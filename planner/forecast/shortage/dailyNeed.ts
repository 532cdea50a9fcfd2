import type { Norm, Region } from '../../../data/reference/types.js';
import type { DailyNeed } from './types.js';

const DAYS_PER_YEAR = 365.25;

/**
 * A region's need of a resource per day from its population and the catalogue's per-person norm (the documents'
 * basic-needs tier: e.g. water 50 L/person/day, food 3000 kcal + 500 for physical labour). Null for a standing-stock
 * norm (housing m²) or no norm: such a need has no daily rate to hold a reserve of.
 */
export function dailyNeed(population: Region['population'], norm: Norm | undefined): DailyNeed | null {
	if (!norm || norm.per === 'stock') return null;
	const perDay = norm.per === 'day' ? 1 : 1 / DAYS_PER_YEAR;
	const people = population.adults + population.children;
	const total =
		(people * norm.perPerson +
			population.physicalWorkers * (norm.physicalLabourExtra ?? 0) +
			population.children * (norm.perChildExtra ?? 0)) *
		perDay;
	return people > 0 ? { perDay: total, people, perPersonPerDay: total / people } : null;
}
