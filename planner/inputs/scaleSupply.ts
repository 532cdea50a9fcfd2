import type { ReferenceData } from '../../data/reference/types.js';

/**
 * The same world with every initial stock and every production capacity multiplied by `factor`
 * (0.3: a famine and disaster where seven tenths of what there is, and of what can be made, are
 * lost): the scarcity world of the fairness tests and of `npm run bench -- planner`, the same for
 * the planner and for the simulation that executes its plans.
 */
export function scaleSupply(reference: ReferenceData, factor: number): ReferenceData {
	return {
		...reference,
		world: {
			...reference.world,
			regions: reference.world.regions.map((r) => ({
				...r,
				production: r.production.map((p) => ({ ...p, capacityPerDay: p.capacityPerDay * factor })),
				storage: r.storage.map((s) => ({ ...s, initial: s.initial * factor }))
			}))
		}
	};
}
