import type { CoverageEntry } from '../../data/plan/types.js';
import type { PlanningInput } from '../model/types.js';

/** A populous region left without a tier-1 resource while a smaller one got more than the common level. */
export interface AbandonedRegion {
	readonly region: string;
	readonly resource: string;
	/** Smaller region served above the common level, and that level (all delivered ÷ all need). */
	readonly favoured: string;
	readonly commonLevel: number;
}

/**
 * The fairness test a council analyst applies to a scarce world: for each resource, no region at
 * least as populous as the median is at (under half a point of) 0% while a smaller region is above
 * the resource's common level. Coverage shares weight regions by need, so the common level is the
 * coverage everyone would get if what was delivered were shared in proportion.
 */
export function abandonedRegions(
	coverage: readonly CoverageEntry[],
	input: PlanningInput
): AbandonedRegion[] {
	const population = new Map(input.regions.map((r) => [r.id, r.population]));
	const sorted = [...population.values()].sort((a, b) => a - b);
	const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
	const out: AbandonedRegion[] = [];
	for (const resource of new Set(coverage.map((c) => c.resource))) {
		const entries = coverage.filter((c) => c.resource === resource && c.tier === 'basic');
		const people = (c: CoverageEntry) => population.get(c.region) ?? 0;
		const total = entries.reduce((s, c) => s + people(c), 0);
		if (!(total > 0)) continue;
		const commonLevel = entries.reduce((s, c) => s + c.coverage * people(c), 0) / total;
		for (const c of entries) {
			if (people(c) < median || c.coverage >= 0.005) continue;
			const favoured = entries.find((o) => people(o) < people(c) && o.coverage > commonLevel + 1e-9);
			if (favoured) out.push({ region: c.region, resource, favoured: favoured.region, commonLevel });
		}
	}
	return out;
}
