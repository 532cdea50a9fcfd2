import { describe, expect, it } from 'vitest';
import type { ReferenceData } from '../../data/reference/types.js';
import { openSqliteStore } from '../../data/telemetry/sqlite/openSqliteStore.js';
import type { Reading } from '../../data/telemetry/types.js';
import { telemetryAdjustments } from './telemetryAdjustments.js';

const DAY = 86_400_000;
const start = Date.UTC(2026, 0, 1);

/** One region with an energy plant of 1000 kWh/day (no season) and a store of 5000 kWh. */
const reference = {
	catalogue: { version: 1, resources: [] },
	surveyFields: [],
	world: {
		regions: [
			{
				id: 'north',
				production: [
					{ resource: 'energy', capacityPerDay: 1000, seasonality: { amplitude: 0, peakDayOfYear: 1 } }
				],
				storage: [{ resource: 'energy', capacity: 5000 }]
			}
		]
	}
} as unknown as ReferenceData;

/** Two days of readings: what the plant made and the stock at each day's end. */
async function adjustments(made: number, stock: number) {
	const store = openSqliteStore({ path: ':memory:' });
	const key = { region: 'north', site: 'plant', gateway: 'g1', resource: 'energy' } as const;
	const readings: Reading[] = [0, 1].flatMap((d) => [
		{ ...key, quantity: 'production' as const, time: start + d * DAY + 1000, value: made, seq: 2 * d },
		{ ...key, quantity: 'stock' as const, time: start + d * DAY + 2000, value: stock, seq: 2 * d + 1 }
	]);
	await store.write(readings);
	const result = await telemetryAdjustments(store, reference, () => start + 2 * DAY)();
	await store.close();
	return result;
}

describe('capacity from the telemetry (sites make the request plus the room to store)', () => {
	it('a store with room and a plant making 500 kWh: the plant can make only half its reference capacity', async () => {
		expect(await adjustments(500, 3000)).toEqual([
			{ region: 'north', resource: 'energy', productionFactor: 0.5 }
		]);
	});

	it('a full store: the plant may have idled, so nothing is said of its capacity', async () => {
		expect(await adjustments(500, 5000)).toEqual([]);
	});
});
