import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../../cli/app/startApp.js';
import { defaults } from '../../../cli/config/index.js';
import { householdIndex, q17, q18, roomsIndex } from '../../../data/reference/cases/lineage.js';
import { defaultReferencePaths } from '../../../data/reference/index.js';
import { freePort } from '../../../harness/index.js';
import { ensureBuilt } from '../../lib/testing/ensureBuilt.js';

// Known truth: household-index is derived from survey field q17 (ethnicity); its name gives nothing away.
describe('the explorer page with lineage', () => {
	let app: RunningApp;
	const dir = mkdtempSync(join(tmpdir(), 'ros-explorer-lineage-'));
	beforeAll(async () => {
		ensureBuilt();
		const catalogue = JSON.parse(readFileSync(defaultReferencePaths.resources, 'utf8'));
		catalogue.resources.push(householdIndex, roomsIndex);
		const reference = { ...defaults.reference, resources: join(dir, 'resources.json') };
		writeFileSync(reference.resources, JSON.stringify(catalogue));
		writeFileSync(join(dir, 'surveyFields.json'), JSON.stringify({ version: 1, fields: [q17, q18] }));
		const config = {
			...defaults,
			dataDir: dir,
			reference: { ...reference, surveyFields: join(dir, 'surveyFields.json') },
			http: { ...defaults.http, port: await freePort() },
			mqtt: { ...defaults.mqtt, port: await freePort() },
			loop: { ...defaults.loop, enabled: false }
		};
		app = await startApp(config, pino({ level: 'silent' }));
	}, 180_000);
	afterAll(async () => {
		await app?.stop();
		rmSync(dir, { recursive: true, force: true });
	});

	it('answers 403 naming the field and its category for a region with a series derived from it', async () => {
		const explorer = `${app.consoleUrl}explorer?region=capital&lang=en`;
		expect((await fetch(explorer)).status).toBe(200);
		const today = Math.floor(Date.now() / 86_400_000) * 86_400_000;
		const key = { region: 'capital', site: 'survey', gateway: 'gw-9', resource: 'household-index' } as const;
		await app.telemetry.store.write([
			{ ...key, quantity: 'stock', time: today - 3_600_000, value: 1, seq: 1 }
		]);
		const response = await fetch(explorer);
		expect(response.status).toBe(403);
		const page = (await response.text()).replaceAll('&quot;', '"');
		expect(page).toContain('household-index/stock" (ethnicity, derived from survey field "q17")');
		// Another region's page reads no such series and still opens.
		expect((await fetch(`${app.consoleUrl}explorer?region=steppe&lang=en`)).status).toBe(200);
	}, 60_000);
});
