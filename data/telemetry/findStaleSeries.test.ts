import { describe, expect, it } from 'vitest';
import { findStaleSeries, staleSeriesIn } from './findStaleSeries.js';
import { openSqliteStore } from './sqlite/index.js';
import type { Reading } from './types.js';

const at = (site: string, time: number): Reading => ({
	region: 'r',
	site,
	gateway: 'g',
	resource: 'water',
	quantity: 'stock',
	time,
	value: 1,
	seq: 1
});

describe('stale series', () => {
	it('marks a series stale after 3 silent intervals, oldest silence first, with since when', () => {
		const latest = [at('a', 1_000), at('b', 0), at('c', 5_000)];
		const interval = (s: { site: string }) => (s.site === 'c' ? 100 : 1_000);
		expect(findStaleSeries(latest, interval, 3_999).map((s) => s.series.site)).toEqual(['b']);
		expect(findStaleSeries(latest, interval, 5_300)).toEqual([
			{ series: expect.objectContaining({ site: 'b' }), lastSeen: 0, staleSince: 3_000 },
			{ series: expect.objectContaining({ site: 'a' }), lastSeen: 1_000, staleSince: 4_000 },
			{ series: expect.objectContaining({ site: 'c' }), lastSeen: 5_000, staleSince: 5_300 }
		]);
	});

	it('answers from any store, so the rest of the system can ask without the ingest worker', async () => {
		const store = openSqliteStore({ path: ':memory:' });
		await store.write([at('a', 0), at('a', 10_000), at('b', 2_000)]);
		expect(
			(await staleSeriesIn(store, {}, () => 10_000, 35_000)).map((s) => [s.series.site, s.staleSince])
		).toEqual([['b', 32_000]]);
		await store.close();
	});
});
