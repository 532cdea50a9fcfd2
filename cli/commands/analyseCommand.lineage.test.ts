import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { householdIndex, q17, q18, roomsIndex } from '../../data/reference/cases/lineage.js';
import { defaultReferencePaths } from '../../data/reference/index.js';
import { openSqliteStore } from '../../data/telemetry/sqlite/index.js';
import type { Reading } from '../../data/telemetry/types.js';
import { runInProcess } from '../runInProcess.js';

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 0, 1);
let dir = '';

const runCli = (args: readonly string[]) => runInProcess(['analyse', ...args]);

// Known truth: household-index is derived from q17 (ethnicity) and rooms-index from q18 (no category); neither
// name gives anything away, so only the lineage declared in the reference files can tell them apart.
describe('resourceos analyse with lineage', () => {
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'analyse-lineage-'));
		const catalogue = JSON.parse(readFileSync(defaultReferencePaths.resources, 'utf8'));
		catalogue.resources.push(householdIndex, roomsIndex);
		writeFileSync(join(dir, 'resources.json'), JSON.stringify(catalogue));
		writeFileSync(join(dir, 'surveyFields.json'), JSON.stringify({ version: 1, fields: [q17, q18] }));
		const store = openSqliteStore({ path: join(dir, 'telemetry.sqlite') });
		const readings: Reading[] = [];
		for (const [r, resource] of ['household-index', 'rooms-index'].entries())
			for (let d = 0; d < 60; d++) {
				const key = { region: 'north-lake', site: 'survey', gateway: 'gw-9', resource } as const;
				const use = 100 + 10 * Math.sin((2 * Math.PI * d) / 7) + ((d * 7919) % 13);
				const seq = 1000 * r + 2 * d;
				readings.push({ ...key, quantity: 'consumption', time: t0 + d * DAY, value: use, seq });
				readings.push({
					...key,
					quantity: 'stock',
					time: t0 + d * DAY + 1,
					value: 9000 - 90 * d,
					seq: seq + 1
				});
			}
		await store.write(readings);
		await store.close();
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const common = () => [
		'--telemetry',
		join(dir, 'telemetry.sqlite'),
		'--resources',
		join(dir, 'resources.json'),
		'--survey-fields',
		join(dir, 'surveyFields.json'),
		'--from',
		'2026-01-01',
		'--to',
		'2026-03-01',
		'--reports',
		join(dir, 'reports.sqlite'),
		'--global',
		'off'
	];

	it.each(['correlate', 'recompute', 'forecast', 'shortages', 'regimes', 'demand'])(
		'%s refuses a series derived from a protected survey field, naming the field and its category',
		async (mode) => {
			const refused = await runCli([mode, ...common(), '--force']);
			expect(refused.code).toBe(2);
			expect(refused.err).toMatch(/household-index\/\w+" \(ethnicity, derived from survey field "q17"\)/);
			expect(refused.out).toBe('');
			// The same mode on rooms-index passes: the refusal comes from the lineage, not from the mode or the data.
			const named = await runCli([mode, ...common(), '--force', '--resource', 'rooms-index']);
			expect(named.err).toBe('');
			expect(named.code).toBe(0);
		}
	);

	it('analyses a resource derived only from fields with no protected category', async () => {
		const { code, out } = await runCli(['regimes', ...common(), '--resource', 'rooms-index']);
		expect(code).toBe(0);
		expect(out).toContain('north-lake/survey/gw-9/rooms-index/consumption');
		expect(out).not.toContain('household-index');
	});
});
