import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteReportStore } from '../../data/correlation/index.js';
import { defaultReferencePaths } from '../../data/reference/defaultReferencePaths.js';
import { withLineageCase } from '../../data/reference/cases/lineage.js';
import { loadReference } from '../../data/reference/loadReference.js';
import { openSqliteStore } from '../../data/telemetry/sqlite/openSqliteStore.js';
import type { Reading } from '../../data/telemetry/types.js';
import { seededRandom } from '../../planner/forecast/seededRandom.js';
import { correlationCenter } from './correlationCenter.js';
import { telemetryAdjustments } from './telemetryAdjustments.js';

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

const reference = await loadReference(defaultReferencePaths);
/** A region's daily water need (people × the catalogue's 50 L): the floors are 182 days of it, so stocks are in days of need. */
const need = (region: string) => {
	const { adults, children } = reference.world.regions.find((r) => r.id === region)!.population;
	return (adults + children) * reference.catalogue.resources.find((r) => r.id === 'water')!.norm!.perPerson;
};
const options = { historyDays: 28, warnAheadDays: 28, expectedIntervalMs: DAY };

describe("the loop's Correlation Center", () => {
	it('warns of a stock falling towards zero before the forecaster has history, and not of a steady one', async () => {
		const store = openSqliteStore({ path: ':memory:' });
		const readings: Reading[] = [];
		const [steppe, delta] = [need('steppe'), need('delta')];
		for (let d = 0; d < 8; d++)
			readings.push(
				// 100 days of need, falling 8 days of need a day: under the 182-day floor and running out.
				day(d, 'steppe', (100 - 8 * d) * steppe, 'stock'),
				day(d, 'steppe', 8 * steppe, 'consumption'),
				// A steady stock above its floor is not warned of.
				day(d, 'delta', (3000 + (d % 2)) * delta, 'stock'),
				day(d, 'delta', delta, 'consumption')
			);
		await store.write(readings);
		const center = correlationCenter(store, reference, options);
		const warnings = await center.warnings(start + 8 * DAY);
		expect(warnings).toHaveLength(1);
		const [w] = warnings;
		// 44 days of need left on day 7, falling 8 a day: gone about 5.5 days after the last full day.
		expect(w).toMatchObject({
			region: 'steppe',
			resource: 'water',
			state: 'below-floor',
			method: 'run-rate',
			probability: null
		});
		expect((w!.runsOut! - (start + 8 * DAY)) / DAY).toBeCloseTo(5.5, 1);
		expect(w!.sentence.en).toMatch(
			/^Drinking water in Steppe: at the current rate the stock runs out around 2026-01-14/
		);
		expect(w!.sentence.en).toContain('below the');
	});

	it('warns of a stock already empty or below its floor even when it is not falling', async () => {
		const store = openSqliteStore({ path: ':memory:' });
		const readings: Reading[] = [];
		for (let d = 0; d < 8; d++)
			readings.push(
				// Steady at 100 days of need: no run rate, but under the 182-day floor.
				day(d, 'steppe', 100 * need('steppe'), 'stock'),
				day(d, 'tundra', d < 5 ? 10 * need('tundra') : 0, 'stock')
			);
		await store.write(readings);
		const warnings = await correlationCenter(store, reference, options).warnings(start + 8 * DAY);
		expect(warnings.map((w) => [w.region, w.state, w.method, w.runsOut]).sort()).toEqual([
			['steppe', 'below-floor', 'reading', null],
			['tundra', 'empty', 'reading', start + 5 * DAY]
		]);
	});

	// Known truth: household-index is derived from survey field q17 (ethnicity); its name gives nothing away.
	it('leaves a series derived from a protected survey field out of every read of the loop, and goes on', async () => {
		const store = openSqliteStore({ path: ':memory:' });
		const survey = (d: number, quantity: 'stock' | 'consumption' | 'production') => ({
			...day(d, 'steppe', 100 + d, 'stock'),
			resource: 'household-index',
			quantity
		});
		await store.write(
			Array.from({ length: 8 }, (_, d) => [
				survey(d, 'stock'),
				survey(d, 'consumption'),
				survey(d, 'production'),
				// Steppe's water, below its floor: the scan still sees it.
				day(d, 'steppe', 100 * need('steppe'), 'stock')
			]).flat()
		);
		const lineaged = withLineageCase(reference);
		const center = correlationCenter(store, lineaged, options);
		const warned = (ws: readonly { region: string; resource: string }[]) => ws.map((w) => w.resource).sort();
		expect(warned(await center.warnings(start + 8 * DAY))).toEqual(['water']);
		await expect(center.recompute(start + 8 * DAY)).resolves.toMatchObject({ significant: 0 });
		const adjustments = await telemetryAdjustments(store, lineaged, () => start + 7 * DAY)();
		expect(JSON.stringify(adjustments)).not.toContain('household-index');
		// Without the lineage the same readings enter the scan: what leaves them out is where they came from.
		expect(warned(await correlationCenter(store, reference, options).warnings(start + 8 * DAY))).toContain(
			'household-index'
		);
		await store.close();
	});
});

describe("the loop's weekly recompute", () => {
	it('stores each report and, restarted, compares with the last one stored', async () => {
		const store = openSqliteStore({ path: ':memory:' });
		const rng = seededRandom(3);
		const readings: Reading[] = [];
		for (let d = 0; d < 40; d++) {
			// Water and energy drawn by the same daily swing: one relation to find.
			const swing = rng.normal();
			readings.push(
				{ ...day(d, 'steppe', 100 + 10 * swing + rng.normal(), 'consumption') },
				{ ...day(d, 'steppe', 50 + 5 * swing + 0.5 * rng.normal(), 'consumption'), resource: 'energy' }
			);
		}
		await store.write(readings);
		const dir = mkdtempSync(join(tmpdir(), 'resourceos-reports-'));
		try {
			const path = join(dir, 'reports.sqlite');
			const before = openSqliteReportStore(path);
			const first = await correlationCenter(store, reference, { ...options, reports: before }).recompute(
				start + 30 * DAY
			);
			await before.close();
			expect(first).toMatchObject({ significant: 1, appeared: 1, weakening: 0, gone: 0 });
			// A restart: a new Correlation Center on the same file sees the relation as known, not new.
			const after = openSqliteReportStore(path);
			const center = correlationCenter(store, reference, { ...options, reports: after });
			expect(await center.recompute(start + 37 * DAY)).toMatchObject({ significant: 1, appeared: 0 });
			expect((await after.latest())?.at).toBe(start + 37 * DAY);
			await after.close();
			// Without the stored reports, the same relation would be reported as new again.
			const forgetful = correlationCenter(store, reference, options);
			expect(await forgetful.recompute(start + 37 * DAY)).toMatchObject({ appeared: 1 });
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
