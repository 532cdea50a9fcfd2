import type { World } from '../../data/reference/types.js';
import type { StockSnapshot } from '../../planner/index.js';
import type { LoopWorld } from '../../scenarios/loop/index.js';

/** The simulation's true stocks as the planner's snapshot: the perfect-information plan's input. */
export function truthSnapshot(world: LoopWorld, reference: World): () => Promise<StockSnapshot> {
	const { regions, resources, K } = world.compiled;
	return async () => {
		const now = world.dateOf(world.day());
		return {
			stocks: reference.regions.flatMap((region) =>
				region.storage.map((s) => ({
					region: region.id,
					resource: s.resource,
					amount: world.state.stock[regions.indexOf(region.id) * K + resources.indexOf(s.resource)]!
				}))
			),
			hash: `truth-${now}`,
			from: now,
			to: now,
			missing: []
		};
	};
}
