import type { World } from '../../data/reference/types.js';
import type { Reading, TelemetryStore } from '../../data/telemetry/types.js';
import { hashText } from './hashText.js';
import type { StockSnapshot } from './types.js';

/**
 * Current stocks through the TelemetryStore port: the latest `stock` reading of every series, summed
 * over the sites of a region. The hash covers every reading used (series, time, value, seq) in a
 * fixed order, so the same telemetry always gives the same hash; the window spans their times.
 * A storage of the reference world with no reading keeps its reference value and is listed as missing.
 */
export async function readStocks(store: TelemetryStore, world: World): Promise<StockSnapshot> {
	const readings = [...(await store.latest({ quantity: 'stock' }))].sort((a, b) =>
		key(a).localeCompare(key(b))
	);
	const sums = new Map<string, number>();
	for (const r of readings)
		sums.set(`${r.region}|${r.resource}`, (sums.get(`${r.region}|${r.resource}`) ?? 0) + r.value);
	const missing: { region: string; resource: string }[] = [];
	const stocks = world.regions.flatMap((region) =>
		region.storage.map((s) => {
			const measured = sums.get(`${region.id}|${s.resource}`);
			if (measured === undefined) missing.push({ region: region.id, resource: s.resource });
			return { region: region.id, resource: s.resource, amount: measured ?? s.initial };
		})
	);
	const times = readings.map((r) => r.time);
	const hash = await hashText(readings.map((r) => `${key(r)}|${r.time}|${r.value}|${r.seq}`).join('\n'));
	return {
		stocks,
		hash,
		from: times.length ? times.reduce((a, b) => Math.min(a, b)) : 0,
		to: times.length ? times.reduce((a, b) => Math.max(a, b)) : 0,
		missing
	};
}

const key = (r: Reading) => `${r.region}|${r.site}|${r.gateway}|${r.resource}|${r.quantity}`;
