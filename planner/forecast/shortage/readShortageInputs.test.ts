import { afterEach, describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../../data/reference/index.js';
import { openSqliteStore } from '../../../data/telemetry/sqlite/index.js';
import type { Reading, TelemetryStore } from '../../../data/telemetry/types.js';
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
});
