import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../data/telemetry/sqlite/index.js';
import type { Reading, TelemetryStore } from '../../data/telemetry/types.js';
import { analyseRelations } from './analyseRelations.js';
import { ProtectedAttributeError } from './protectedAttributes.js';
import { readDemandInputs } from '../forecast/demand/readDemandInputs.js';
import { readShortageInputs } from '../forecast/shortage/readShortageInputs.js';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { lineageOf } from '../../data/reference/lineageOf.js';
import { withLineageCase } from '../../data/reference/cases/lineage.js';
import { readSeriesGrid } from './readSeriesGrid.js';

const HOUR = 3_600_000;
const DAY = 86_400_000;
const base = { region: 'north', site: 'res-1', gateway: 'gw-1', resource: 'water' } as const;
/** No series of these tests is derived from a survey field, unless a test says so. */
const noLineage = { lineage: () => [] };

/** 30 days of stock and consumption of `resource` from a survey site. */
async function surveyStore(resource: string): Promise<TelemetryStore> {
	const store = openSqliteStore({ path: ':memory:' });
	const key = { region: 'north', site: 'survey', gateway: 'gw-9', resource } as const;
	await store.write(
		['stock', 'consumption'].flatMap((quantity, q) =>
			Array.from({ length: 30 }, (_, d) => ({
				...key,
				quantity: quantity as 'stock' | 'consumption',
				time: Date.UTC(2026, 0, 1) + d * DAY,
				value: d,
				seq: q * 100 + d
			}))
		)
	);
	return store;
}

describe('readSeriesGrid through the SQLite TelemetryStore', () => {
	let store: TelemetryStore | undefined;
	afterEach(async () => store?.close());

	it('aligns series on one hourly grid, leaves missing hours NaN, and feeds the analysis', async () => {
		store = openSqliteStore({ path: ':memory:' });
		const t0 = Date.UTC(2026, 0, 1);
		const readings: Reading[] = [];
		for (let h = 0; h < 72; h++) {
			const inflow = 10 + Math.sin(h / 3) * 5 + (h % 5);
			if (h !== 30)
				readings.push({ ...base, quantity: 'inflow', time: t0 + h * HOUR + 60_000, value: inflow, seq: h });
			readings.push({
				...base,
				quantity: 'stock',
				time: t0 + h * HOUR + 120_000,
				value: 1000 + h,
				seq: 1000 + h
			});
		}
		// Two readings inside one hour are averaged.
		readings.push({ ...base, quantity: 'stock', time: t0 + 5 * HOUR + 1_800_000, value: 2000, seq: 5000 });
		await store.write(readings);
		const grid = await readSeriesGrid(
			store,
			{ region: 'north' },
			t0,
			t0 + 72 * HOUR,
			HOUR,
			'mean',
			noLineage
		);
		expect(grid.starts).toHaveLength(72);
		expect(grid.series.map((s) => s.id)).toEqual([
			'north/res-1/gw-1/water/inflow',
			'north/res-1/gw-1/water/stock'
		]);
		expect(grid.series[0]!.values[30]).toBeNaN();
		expect(grid.series[1]!.values[5]).toBeCloseTo((1005 + 2000) / 2, 9);
		const report = analyseRelations(grid.series, t0, { maxLag: 2 });
		expect(report.tests).toBeGreaterThan(0);
	});

	// Names the issue found passing: parts of names, camelCase, Russian, and sex/gender, which may not enter a correlation.
	it.each(['race-share', 'raceShare', 'gender', 'пол', 'национальность', 'religion-survey'])(
		'refuses a series named %s in every mode that reads telemetry, before analysing it',
		async (name) => {
			const s = (store = await surveyStore(name));
			const t0 = Date.UTC(2026, 0, 1);
			const to = t0 + 30 * DAY;
			const reference = await loadReference(defaultReferencePaths);
			await expect(readSeriesGrid(s, {}, t0, to, DAY, 'mean', noLineage)).rejects.toThrow(
				ProtectedAttributeError
			);
			await expect(readSeriesGrid(s, { resource: name }, t0, to, DAY, 'mean', noLineage)).rejects.toThrow(
				/refused/
			);
			await expect(readDemandInputs(s, {}, t0, to, noLineage)).rejects.toThrow(ProtectedAttributeError);
			await expect(readShortageInputs(s, {}, t0, to, 86_400_000, reference)).rejects.toThrow(
				ProtectedAttributeError
			);
		}
	);

	it('lets innocent names through and refuses extra names given by the caller', async () => {
		store = openSqliteStore({ path: ':memory:' });
		const t0 = Date.UTC(2026, 0, 1);
		await store.write([{ ...base, site: 'polar-station', quantity: 'stock', time: t0, value: 1, seq: 1 }]);
		const grid = await readSeriesGrid(store, {}, t0, t0 + HOUR, HOUR, 'mean', noLineage);
		expect(grid.series).toHaveLength(1);
		await expect(
			readSeriesGrid(store, {}, t0, t0 + HOUR, HOUR, 'mean', { ...noLineage, protectedNames: ['polar'] })
		).rejects.toThrow(/polar-station.*listed "polar"/);
	});

	// Known truth: household-index comes from q17 (ethnicity) under names that give nothing away.
	it('refuses a series derived from a protected survey field, naming the series, the category and the field', async () => {
		const s = (store = await surveyStore('household-index'));
		const t0 = Date.UTC(2026, 0, 1);
		const to = t0 + 30 * DAY;
		const reference = withLineageCase(await loadReference(defaultReferencePaths));
		const guard = { lineage: lineageOf(reference) };
		const named =
			/"north\/survey\/gw-9\/household-index\/stock" \(ethnicity, derived from survey field "q17"\)/;
		// Without the lineage the name alone passes: that is the gap lineage closes.
		expect((await readSeriesGrid(s, {}, t0, to, DAY, 'mean', noLineage)).series).toHaveLength(2);
		await expect(readSeriesGrid(s, {}, t0, to, DAY, 'mean', guard)).rejects.toThrow(named);
		await expect(readSeriesGrid(s, { quantity: 'consumption' }, t0, to, DAY, 'sum', guard)).rejects.toThrow(
			/household-index\/consumption" \(ethnicity, derived from survey field "q17"\)/
		);
		await expect(readDemandInputs(s, {}, t0, to, guard)).rejects.toThrow(ProtectedAttributeError);
		await expect(readShortageInputs(s, {}, t0, to, DAY, reference)).rejects.toThrow(named);
		// A filter naming the resource is refused before the store is asked, even where it holds no reading.
		const empty = openSqliteStore({ path: ':memory:' });
		await expect(
			readSeriesGrid(empty, { resource: 'household-index' }, t0, to, DAY, 'mean', guard)
		).rejects.toThrow(/"household-index" \(ethnicity, derived from survey field "q17"\)/);
		await empty.close();
		const error = await readSeriesGrid(s, {}, t0, to, DAY, 'mean', guard).catch((e: unknown) => e);
		expect((error as ProtectedAttributeError).hits[0]).toMatchObject({ category: 'ethnicity', name: 'q17' });
		// The main job's scans leave it out and list it instead; a filter naming it is still refused.
		const left = await readSeriesGrid(s, {}, t0, to, DAY, 'mean', { ...guard, leaveOut: true });
		expect(left.series).toEqual([]);
		expect(left.leftOut.map((h) => [h.category, h.name])).toEqual([
			['ethnicity', 'q17'],
			['ethnicity', 'q17']
		]);
		await expect(
			readSeriesGrid(s, { resource: 'household-index' }, t0, to, DAY, 'mean', { ...guard, leaveOut: true })
		).rejects.toThrow(ProtectedAttributeError);
	});

	it('lets a series derived only from fields with no protected category through', async () => {
		const s = (store = await surveyStore('rooms-index'));
		const t0 = Date.UTC(2026, 0, 1);
		const to = t0 + 30 * DAY;
		const reference = withLineageCase(await loadReference(defaultReferencePaths));
		const grid = await readSeriesGrid(s, {}, t0, to, DAY, 'mean', { lineage: lineageOf(reference) });
		expect(grid.series.map((x) => x.key.resource)).toEqual(['rooms-index', 'rooms-index']);
		expect(await readShortageInputs(s, {}, t0, to, DAY, reference)).toHaveLength(1);
	});
});
