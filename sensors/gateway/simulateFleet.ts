import type { World } from '../../data/reference/index.js';
import type { Quantity } from '../../data/telemetry/index.js';
import type { GatewayReading } from './types.js';
import { seededRandom } from '../../planner/forecast/seededRandom.js';

/** Units gateways report each resource in, as real ones mix them (converted on ingest). */
const DISPLAY: Readonly<Record<string, { unit: string; factor: number }>> = {
	wheat: { unit: 't', factor: 1 / 1000 },
	quinoa: { unit: 't', factor: 1 / 1000 },
	water: { unit: 'm3', factor: 1 / 1000 },
	energy: { unit: 'MWh', factor: 1 / 1000 }
};

interface SimGateway {
	readonly region: string;
	readonly site: string;
	readonly gateway: string;
	readonly stocks: { resource: string; unit: string; canonical: string; capacity: number; level: number }[];
	/** Time of its latest reading (ms): each series' times strictly increase, so no reading overwrites another. */
	last: number;
}

/**
 * A fleet of simulated gateways spread over the world's regions (`site-1..n` per region), each
 * watching its region's stores scaled to its share of the capacity. Levels take a bounded random
 * walk, so readings stay within capacity and never go negative. Deterministic for a seed.
 */
export function simulateFleet(
	world: World,
	count: number,
	seed: number,
	canonicalUnitOf: (resource: string) => string
) {
	const random = seededRandom(seed).next;
	const regions = world.regions;
	const sitesIn = (r: number) => Math.floor(count / regions.length) + (r < count % regions.length ? 1 : 0);
	const gateways: SimGateway[] = Array.from({ length: count }, (_, i) => {
		const r = i % regions.length;
		const region = regions[r]!;
		const share = 1 / Math.max(1, sitesIn(r));
		return {
			region: region.id,
			site: `site-${Math.floor(i / regions.length) + 1}`,
			gateway: 'gw-1',
			stocks: region.storage.map((s) => ({
				resource: s.resource,
				unit: canonicalUnitOf(s.resource),
				canonical: canonicalUnitOf(s.resource),
				capacity: s.capacity * share,
				level: s.initial * share
			})),
			last: -Infinity
		};
	});
	let next = 0;
	return {
		gateways: gateways.length,
		/** `n` readings from the next gateway in turn, ending near `time` (ms), 1 s apart per stock (closer when it reports faster). */
		nextMessage(n: number, time: number): GatewayReading[] {
			const g = gateways[next]!;
			next = (next + 1) % gateways.length;
			const out: GatewayReading[] = [];
			const steps = Math.ceil(n / g.stocks.length);
			const first = Math.max(time - (steps - 1) * 1000, g.last + 1);
			const spacing = Math.max(
				1,
				Math.min(1000, Math.floor((Math.max(time, first + steps) - first) / Math.max(1, steps - 1)))
			);
			for (let k = 0; k < n; k++) {
				const s = g.stocks[k % g.stocks.length]!;
				const step = Math.floor(k / g.stocks.length);
				s.level = Math.min(s.capacity * 0.999999, Math.max(0, s.level * (1 + (random() - 0.5) * 0.002)));
				const shown = DISPLAY[s.resource];
				const quantity: Quantity = 'stock';
				out.push({
					region: g.region,
					site: g.site,
					gateway: g.gateway,
					resource: s.resource,
					quantity,
					value: shown ? s.level * shown.factor : s.level,
					unit: shown?.unit ?? s.unit,
					time: first + step * spacing
				});
			}
			g.last = first + (steps - 1) * spacing;
			return out;
		}
	};
}
