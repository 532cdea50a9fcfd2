import type { World } from '../../data/reference/types.js';
import type { PoolMember } from '../round/types.js';

/**
 * A volunteer pool for the simulated panel: `size` people spread over the regions by population
 * (largest remainders), one per household, each tagged with their region (a stratification
 * category, never a protected one).
 */
export function panelPool(world: World, size: number): PoolMember[] {
	const people = world.regions.map((r) => r.population.adults + r.population.children);
	const total = people.reduce((a, b) => a + b, 0);
	const exact = people.map((p) => (p / total) * size);
	const counts = exact.map(Math.floor);
	const order = exact
		.map((e, i) => ({ i, rest: e - Math.floor(e) }))
		.sort((a, b) => b.rest - a.rest || a.i - b.i);
	for (let k = 0; k < size - counts.reduce((a, b) => a + b, 0); k++) counts[order[k]!.i]!++;
	return world.regions.flatMap((r, i) =>
		Array.from({ length: counts[i]! }, (_, n) => ({
			id: `vol-${r.id}-${String(n + 1).padStart(4, '0')}`,
			features: { region: r.id }
		}))
	);
}
