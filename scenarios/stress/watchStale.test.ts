import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../data/telemetry/sqlite/openSqliteStore.js';
import type { Reading } from '../../data/telemetry/types.js';
import { watchStale } from './watchStale.js';

const HOUR = 3_600_000;
const t0 = Date.UTC(2026, 0, 1);
/** Ten gateways, one stock series each, reporting hourly; those in `silent` stop from `from` on. */
const batch = (hour: number, silent: ReadonlySet<number> = new Set(), from = Infinity): Reading[] =>
	Array.from({ length: 10 }, (_, g) => g)
		.filter((g) => !(silent.has(g) && hour > from))
		.map((g) => ({
			region: 'steppe',
			site: `s${g}`,
			gateway: `gw-${g}`,
			resource: 'water',
			quantity: 'stock' as const,
			time: t0 + hour * HOUR,
			value: 100,
			seq: hour
		}));

describe('watchStale', () => {
	it('flags an outage when half of the silenced series go stale: 3 missed hourly reports after it began', async () => {
		const store = openSqliteStore({ path: ':memory:' });
		const outage = { kind: 'sensor-outage', start: 0, days: 1, fraction: 0.4 } as const;
		const start = 5; // hours after t0
		const watch = watchStale(store, outage, t0 + start * HOUR, HOUR);
		// Gateway 0 already lost its reading of hour 5 at random: alone it must not count as the outage.
		const silent = new Set([0, 1, 2, 3]);
		for (let h = 0; h <= 12; h++) {
			const b = batch(h, silent, start).filter((r) => !(r.gateway === 'gw-0' && h === start));
			await store.write(b);
			await watch.afterWrite(b);
		}
		expect(watch.hours()).toBe(3);
		await store.close();
	});

	it('never flags series the ingest never heard of (an outage from the first step)', async () => {
		const store = openSqliteStore({ path: ':memory:' });
		const watch = watchStale(store, { kind: 'sensor-outage', start: 0, days: 1, fraction: 0.4 }, t0, HOUR);
		for (let h = 1; h <= 12; h++) {
			const b = batch(h, new Set([0, 1, 2, 3]), 0);
			await store.write(b);
			await watch.afterWrite(b);
		}
		expect(watch.hours()).toBe(Infinity);
		await store.close();
	});
});
