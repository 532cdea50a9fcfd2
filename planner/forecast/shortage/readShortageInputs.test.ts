import { afterEach, describe, expect, it } from 'vitest';
import { foodReference } from '../../../data/reference/foodReference.js';
import { defaultReferencePaths, loadReference } from '../../../data/reference/index.js';
import { openSqliteStore } from '../../../data/telemetry/sqlite/index.js';
import type { Reading, TelemetryStore } from '../../../data/telemetry/types.js';
import { dailyNeed } from './dailyNeed.js';
import { readShortageInputs } from './readShortageInputs.js';
import { shortageWarning } from './shortageWarning.js';

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 0, 1);

describe('readShortageInputs through the SQLite TelemetryStore', () => {
	let store: TelemetryStore | undefined;
	afterEach(async () => store?.close());

	it('sums two sites per day, keeps a silent day missing, and warns in plain words', async () => {
		store = openSqliteStore({ path: ':memory:' });
		const readings: Reading[] = [];
		let seq = 0;
		for (let d = 0; d < 100; d++) {
			for (const site of ['res-1', 'res-2']) {
				const key = { region: 'north-lake', site, gateway: `gw-${site}`, resource: 'water' } as const;
				const use = d >= 70 ? 60 : 50;
				if (!(site === 'res-2' && d === 40))
					readings.push({
						...key,
						quantity: 'stock',
						time: t0 + d * DAY + 3_600_000,
						value: 10_000 - Math.max(0, d - 70) * 10,
						seq: seq++
					});
				for (let h = 0; h < 24; h += 6)
					readings.push({
						...key,
						quantity: 'consumption',
						time: t0 + d * DAY + h * 3_600_000,
						value: use / 4,
						seq: seq++
					});
			}
		}
		await store.write(readings);
		const reference = await loadReference(defaultReferencePaths);
		const [input, ...rest] = await readShortageInputs(
			store,
			{ region: 'north-lake' },
			t0,
			t0 + 100 * DAY,
			DAY,
			reference
		);
		expect(rest).toEqual([]);
		expect(input!.stock[0]).toBe(20_000);
		expect(input!.stock[40]).toBeNaN();
		expect(input!.consumption![80]).toBeCloseTo(120, 9);
		const out = shortageWarning({ ...input!, reserveFloor: 19_000 }, { horizon: 120 });
		expect(out.status).toBe('warning');
		expect(out.sentence.en).toMatch(
			/^The stock of drinking water in region .+ falls below the 6-month reserve \(19,000 L\) in \d+ days/
		);
		// The catalogue's norm (50 L a day) × the region's population is the need; its floor dwarfs this small stock.
		const people = reference.world.regions.find((r) => r.id === 'north-lake')!.population;
		expect(input!.need!.perDay).toBe((people.adults + people.children) * 50);
		const byNeed = shortageWarning(input!);
		expect(byNeed.status).toBe('below-floor');
		expect(byNeed.sentence.en).toMatch(
			/since 2026-01-01: [\d,]+ L left, 0 days of need; the need is [\d.]+ million L a day/
		);
	});

	it('counts the wheat a region holds in its food, as the world eats it by nutrient (a full granary is not a shortage)', async () => {
		store = openSqliteStore({ path: ':memory:' });
		const reference = await foodReference(await loadReference(defaultReferencePaths), 'nutrients');
		const region = reference.world.regions.find((r) => r.id === 'north-lake')!;
		const perDay = dailyNeed(
			region.population,
			reference.catalogue.resources.find((r) => r.id === 'food')!.norm
		)!;
		// A week of mixed food, and wheat for a year of the whole need (3400 kcal a kg): no shortage for months.
		const food = 7 * perDay.perDay;
		const wheat = (365 * perDay.perDay) / 3400;
		const readings: Reading[] = [];
		let seq = 0;
		for (let d = 0; d < 30; d++)
			for (const [resource, stock, eaten] of [
				['food', food, 1000],
				['wheat', wheat - d * 10, 10]
			] as const) {
				const key = { region: 'north-lake', site: 'store-1', gateway: 'gw-1', resource } as const;
				const time = t0 + d * DAY + 3_600_000;
				readings.push({ ...key, quantity: 'stock', time, value: stock, seq: seq++ });
				readings.push({ ...key, quantity: 'consumption', time, value: eaten, seq: seq++ });
			}
		await store.write(readings);
		const inputs = await readShortageInputs(store, {}, t0, t0 + 30 * DAY, DAY, reference);
		const input = inputs.find((i) => i.resource.id === 'food')!;
		expect(input.stock[0]).toBeCloseTo(food + wheat * 3400, 3);
		expect(input.consumption![0]).toBeCloseTo(1000 + 10 * 3400, 9);
		expect(input.resource.name.en).toBe('Food (with wheat)');
		expect(shortageWarning(input).status).not.toMatch(/empty|below-floor/);
		// Read as the catalogue lists food (no stand-ins), the same store is a week of food, under the reserve.
		const plain = await loadReference(defaultReferencePaths);
		const alone = (await readShortageInputs(store, {}, t0, t0 + 30 * DAY, DAY, plain)).find(
			(i) => i.resource.id === 'food'
		)!;
		expect(alone.stock[0]).toBeCloseTo(food, 3);
		expect(shortageWarning(alone).status).toBe('below-floor');
	});
});
