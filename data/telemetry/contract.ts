import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reading, SeriesKey, TelemetryStore } from './types.js';

/**
 * The behaviour every TelemetryStore adapter promises, run against each adapter by its own
 * `*.test.ts`. `open` gives a fresh, empty store for each test.
 */
export function telemetryStoreContract(name: string, open: () => Promise<TelemetryStore>): void {
	describe(`TelemetryStore contract: ${name}`, () => {
		let store: TelemetryStore;
		beforeEach(async () => {
			store = await open();
		});
		afterEach(async () => {
			await store.close();
		});

		const T0 = Date.UTC(2026, 0, 1);
		const water: SeriesKey = {
			region: 'north-lake',
			site: 'depot-1',
			gateway: 'gw-1',
			resource: 'water',
			quantity: 'stock'
		};
		const wheat: SeriesKey = {
			region: 'river-valley',
			site: 'silo-2',
			gateway: 'gw-7',
			resource: 'wheat',
			quantity: 'stock'
		};
		const at = (series: SeriesKey, minutes: number, value: number, seq = minutes): Reading => ({
			...series,
			time: T0 + minutes * 60_000,
			value,
			seq
		});

		it('returns the latest reading of each matching series, with its sequence number', async () => {
			await store.write([at(water, 0, 100), at(water, 2, 120, 9), at(water, 1, 110), at(wheat, 5, 7.25)]);
			const all = await store.latest({});
			expect(all).toHaveLength(2);
			expect(all).toContainEqual(at(water, 2, 120, 9));
			expect(all).toContainEqual(at(wheat, 5, 7.25));
			expect(await store.latest({ resource: 'wheat' })).toEqual([at(wheat, 5, 7.25)]);
			expect(await store.latest({ region: 'north-lake', quantity: 'inflow' })).toEqual([]);
		});

		it('stores a reading delivered twice once, and the later write wins', async () => {
			await store.write([at(water, 0, 100), at(water, 1, 101)]);
			await store.write([at(water, 0, 100), at(water, 1, 101)]);
			await store.write([at(water, 1, 105, 42)]);
			expect(await store.range(water, T0, T0 + 3_600_000)).toEqual([
				{ time: T0, value: 100 },
				{ time: T0 + 60_000, value: 105 }
			]);
			expect(await store.latest({ gateway: 'gw-1' })).toEqual([at(water, 1, 105, 42)]);
		});

		it('keeps series apart that differ in one key field only', async () => {
			const inflow: SeriesKey = { ...water, quantity: 'inflow' };
			const otherGateway: SeriesKey = { ...water, gateway: 'gw-2' };
			await store.write([at(water, 0, 1), at(inflow, 0, 2), at(otherGateway, 0, 3)]);
			expect(await store.range(water, T0, T0 + 1)).toEqual([{ time: T0, value: 1 }]);
			expect(await store.range(inflow, T0, T0 + 1)).toEqual([{ time: T0, value: 2 }]);
			expect(await store.latest({ site: 'depot-1' })).toHaveLength(3);
		});

		it('returns a range oldest first, from inclusive, to exclusive', async () => {
			await store.write([3, 0, 4, 1, 2].map((m) => at(water, m, m * 10)));
			expect(await store.range(water, T0 + 60_000, T0 + 4 * 60_000)).toEqual([
				{ time: T0 + 60_000, value: 10 },
				{ time: T0 + 120_000, value: 20 },
				{ time: T0 + 180_000, value: 30 }
			]);
			expect(await store.range(wheat, T0, T0 + 3_600_000)).toEqual([]);
		});

		it('round-trips names with spaces, commas, equals signs, quotes, backslashes and Cyrillic', async () => {
			const odd: SeriesKey = {
				region: 'Северное "Озеро"',
				site: "depot, 1=a b\\c 'x'",
				gateway: 'gw 1,2',
				resource: 'water',
				quantity: 'stock'
			};
			await store.write([at(odd, 0, 1.5)]);
			expect(await store.latest({ region: odd.region })).toEqual([at(odd, 0, 1.5)]);
			expect(await store.range(odd, T0, T0 + 1)).toEqual([{ time: T0, value: 1.5 }]);
		});

		it('aggregates over windows aligned to the epoch, per series, skipping empty windows', async () => {
			// Windows of 10 minutes: minutes 0-9 hold 0..4, minutes 20-29 hold 20 and 25.
			await store.write([0, 2, 4, 6, 8, 20, 25].map((m, i) => at(water, m, m, i)));
			await store.write([at(wheat, 3, 1), at(wheat, 4, 3)]);
			const w = 600_000;
			const of = async (fn: 'mean' | 'min' | 'max' | 'last' | 'sum' | 'count') => {
				const result = await store.aggregate({ resource: 'water' }, T0, T0 + 3_600_000, w, fn);
				expect(result).toHaveLength(1);
				expect(result[0]!.series).toEqual(water);
				return result[0]!.windows;
			};
			// Each function over the two windows that hold readings: water's 0, 2, 4, 6, 8 and its 20, 25.
			const expected = {
				mean: [4, 22.5],
				min: [0, 20],
				max: [8, 25],
				last: [8, 25],
				sum: [20, 45],
				count: [5, 2]
			};
			for (const [fn, [first, second]] of Object.entries(expected))
				expect(await of(fn as keyof typeof expected), fn).toEqual([
					{ start: T0, value: first },
					{ start: T0 + 2 * w, value: second }
				]);
			const both = await store.aggregate({}, T0, T0 + 3_600_000, 3_600_000, 'sum');
			expect(both.map((s) => [s.series.resource, s.windows])).toEqual(
				expect.arrayContaining([
					['water', [{ start: T0, value: 65 }]],
					['wheat', [{ start: T0, value: 4 }]]
				])
			);
			expect(await store.aggregate({}, T0 + 30 * 60_000, T0 + 3_600_000, w, 'mean')).toEqual([]);
		});

		it('stores a large batch completely', async () => {
			const batch = Array.from({ length: 5_000 }, (_, i) =>
				at({ ...water, site: `site-${i % 50}` }, Math.floor(i / 50), i)
			);
			await store.write(batch);
			await store.write([]);
			const latest = await store.latest({ resource: 'water' });
			expect(latest).toHaveLength(50);
			const sum = await store.aggregate(
				{ resource: 'water' },
				T0,
				T0 + 3_600_000 * 3,
				3_600_000 * 3,
				'count'
			);
			expect(sum.reduce((n, s) => n + s.windows.reduce((m, x) => m + x.value, 0), 0)).toBe(5_000);
		});
	});
}
