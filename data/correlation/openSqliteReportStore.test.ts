import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recomputeAndStore } from '../../planner/correlation/recomputeAndStore.js';
import { seededRandom } from '../../planner/forecast/seededRandom.js';
import { openSqliteStore } from '../telemetry/sqlite/index.js';
import type { Reading } from '../telemetry/types.js';
import { openSqliteReportStore, StoredReportInvalidError } from './openSqliteReportStore.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const t0 = Date.UTC(2026, 0, 5);
const dir = mkdtempSync(join(tmpdir(), 'reports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Hourly readings for 3 weeks: consumption follows temperature 2 hours later in weeks 1–2, not in week 3. */
function readings(): Reading[] {
	const rng = seededRandom(4);
	const key = { region: 'north', site: 'town', gateway: 'gw-1', resource: 'energy' } as const;
	const out: Reading[] = [];
	const temperature = Array.from({ length: 21 * 24 }, () => rng.normal());
	temperature.forEach((t, h) => {
		const linked = h < 14 * 24 && h >= 2 ? 0.8 * temperature[h - 2]! : 0;
		out.push({ ...key, quantity: 'production', time: t0 + h * HOUR, value: t, seq: 2 * h });
		out.push({
			...key,
			quantity: 'consumption',
			time: t0 + h * HOUR,
			value: 100 + linked + 0.5 * rng.normal(),
			seq: 2 * h + 1
		});
	});
	return out;
}

describe('recomputeAndStore with the SQLite report store', () => {
	it('stores each weekly report, skips when not due, and flags a weakened relation against the stored one', async () => {
		const telemetry = openSqliteStore({ path: ':memory:' });
		await telemetry.write(readings());
		const path = join(dir, 'reports.sqlite');
		// No series here is derived from a survey field.
		const request = {
			telemetry,
			now: 0,
			lookbackMs: 7 * DAY,
			windowMs: HOUR,
			lineage: () => [],
			options: { maxLag: 4 }
		};
		let reports = openSqliteReportStore(path);
		const first = await recomputeAndStore({ ...request, reports, now: t0 + 7 * DAY });
		if (first.status !== 'recomputed') throw new Error('expected a first report');
		expect(first.changes.map((c) => c.kind)).toEqual(['new']);
		expect(first.report.relations[0]!.lag).toBe(-2); // b (temperature) leads a (consumption) by 2 hours
		await reports.close();

		// A new process reads the stored report back from the file.
		reports = openSqliteReportStore(path);
		const early = await recomputeAndStore({ ...request, reports, now: t0 + 10 * DAY });
		expect(early).toEqual({ status: 'not-due', dueAt: t0 + 14 * DAY });
		const still = await recomputeAndStore({ ...request, reports, now: t0 + 14 * DAY });
		expect(still.status === 'recomputed' && still.changes).toEqual([]);
		const third = await recomputeAndStore({ ...request, reports, now: t0 + 21 * DAY });
		if (third.status !== 'recomputed') throw new Error('expected a third report');
		expect(third.changes.map((c) => c.kind)).toEqual(['weakening']);
		const stored = await reports.latest();
		expect(stored!.at).toBe(t0 + 21 * DAY);
		expect(stored!.relations[0]!.pByLag).toHaveLength(9);
		await reports.close();
		const db = new Database(path, { readonly: true });
		expect(db.prepare('SELECT count(*) AS n FROM correlation_reports').get()).toEqual({ n: 3 });
		db.close();
		await telemetry.close();
	});

	it('refuses a stored report that is not one, naming the field', async () => {
		const path = join(dir, 'bad.sqlite');
		const reports = openSqliteReportStore(path);
		await reports.close();
		const db = new Database(path);
		db.prepare('INSERT INTO correlation_reports (at, report, changes) VALUES (1, ?, ?)').run(
			JSON.stringify({ at: 1, options: { maxLag: 2 }, tests: 1, relations: [{ a: 'x' }], skipped: [] }),
			'[]'
		);
		db.close();
		const again = openSqliteReportStore(path);
		await expect(again.latest()).rejects.toThrow(StoredReportInvalidError);
		await expect(again.latest()).rejects.toThrow(/relations\.0\.b/);
		await again.close();
	});
});
