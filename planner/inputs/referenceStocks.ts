import type { World } from '../../data/reference/types.js';
import { hashText } from './hashText.js';
import type { StockSnapshot } from './types.js';

/** Stocks from the world's reference initial storage, used when no telemetry is given. */
export async function referenceStocks(world: World): Promise<StockSnapshot> {
	const stocks = world.regions.flatMap((r) =>
		r.storage.map((s) => ({ region: r.id, resource: s.resource, amount: s.initial }))
	);
	const at = Date.parse(`${world.startDate}T00:00:00Z`);
	return {
		stocks,
		hash: await hashText(JSON.stringify({ reference: world.id, stocks })),
		from: at,
		to: at,
		missing: []
	};
}
