import { describe, expect, it } from 'vitest';
import { defaultReferencePaths } from '../../data/reference/defaultReferencePaths.js';
import { loadReference } from '../../data/reference/loadReference.js';
import { openSqliteStore } from '../../data/telemetry/sqlite/openSqliteStore.js';
import type { Reading } from '../../data/telemetry/types.js';
import { correlationCenter } from './correlationCenter.js';

const DAY = 86_400_000;
const start = Date.UTC(2026, 0, 1);
const day = (d: number, region: string, value: number, quantity: 'stock' | 'consumption'): Reading => ({
	region,
	site: 'depot-1',
	gateway: 'gw-1',
	resource: 'water',
	quantity,
	time: start + d * DAY + 3_600_000,
	value,
	seq: d + 1
});

describe("the loop's Correlation Center", () => {
	it('warns of a stock falling towards zero before the forecaster has history, and not of a steady one', async () => {
		const store = openSqliteStore({ path: ':memory:' });
		const readings: Reading[] = [];
		for (let d = 0; d < 8; d++)
			readings.push(
				day(d, 'steppe', 100 - 8 * d, 'stock'),
				day(d, 'steppe', 8, 'consumption'),
				day(d, 'delta', 100 + (d % 2), 'stock'),
				day(d, 'delta', 8, 'consumption')
			);
		await store.write(readings);
		const center = correlationCenter(store, await loadReference(defaultReferencePaths), {
			historyDays: 28,
			warnAheadDays: 28,
			expectedIntervalMs: DAY
		});
		const warnings = await center.warnings(start + 8 * DAY);
		expect(warnings).toHaveLength(1);
		const [w] = warnings;
		// 44 left on day 7, falling 8 a day: gone about 5.5 days after the last full day.
		expect(w).toMatchObject({ region: 'steppe', resource: 'water', method: 'run-rate', probability: null });
		expect((w!.runsOut - (start + 8 * DAY)) / DAY).toBeCloseTo(5.5, 1);
		expect(w!.sentence.en).toMatch(
			/^Drinking water in Steppe: at the current rate the stock runs out around 2026-01-14/
		);
	});
});
