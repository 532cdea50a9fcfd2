import { standInsOf } from '../../data/plan/standIns.js';
import type { Catalogue } from '../../data/reference/types.js';
import type { CompiledWorld } from '../world/types.js';
import type { IndexedStandIn } from './types.js';

/**
 * Per resource index, the goods that stand in for it, read off the catalogue by the Correlation Center's rule
 * (`standInsOf`), so the world's threat levels and the loop's reading of them judge a stock alike.
 */
export function standInIndex(world: CompiledWorld, catalogue: Catalogue): (readonly IndexedStandIn[])[] {
	return world.resources.map((id) =>
		standInsOf(catalogue, id).flatMap((of) => {
			const k = world.resourceIndex.get(of.id);
			return k === undefined ? [] : [{ k, of }];
		})
	);
}
