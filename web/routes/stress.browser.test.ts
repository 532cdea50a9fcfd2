import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../cli/app/startApp.js';
import { haveBinary, launchChromium, type RunningBrowser } from '../../harness/index.js';
import { axeViolations } from '../lib/testing/axeViolations.js';
import { ensureBuilt } from '../lib/testing/ensureBuilt.js';
import { startTestConsole } from '../../cli/app/startTestConsole.js';
import { addAccounts } from '../lib/testing/addAccounts.js';
import { signInAs } from '../lib/testing/signInAs.js';

const SHOTS = fileURLToPath(new URL('../../artifacts/screenshots/', import.meta.url));
const PASSWORD = 'a long test password';

describe.runIf(haveBinary('chromium'))('stress tests from the console', () => {
	let app: RunningApp;
	let chromium: RunningBrowser;
	const dataDir = mkdtempSync(join(tmpdir(), 'ros-stress-e2e-'));
	beforeAll(async () => {
		ensureBuilt();
		mkdirSync(SHOTS, { recursive: true });
		await addAccounts(dataDir, [['op-1', 'operator']], PASSWORD);
		app = await startTestConsole(dataDir);
		chromium = await launchChromium();
	}, 180_000);
	afterAll(async () => {
		await chromium?.close();
		await app?.stop();
		rmSync(dataDir, { recursive: true, force: true });
	});

	async function checkAxe(page: Page, name: string) {
		for (const width of [360, 1280]) {
			await page.setViewportSize({ width, height: 740 });
			await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
			expect(await axeViolations(page)).toEqual([]);
		}
	}

	it('an operator runs a case, watches it progress live, and sees the verdict and plots', async () => {
		const page = await chromium.context.newPage();
		await page.goto(`${app.consoleUrl}stress?lang=ru`);
		await expect(page.locator('main').innerText()).resolves.toMatch(/войдите/);
		await signInAs(page, app.consoleUrl, 'op-1', PASSWORD);
		await page.goto(`${app.consoleUrl}stress?lang=en`);
		await checkAxe(page, 'stress-en');
		await page.getByLabel('Case').selectOption('sensors-offline');
		await page.getByRole('button', { name: 'Run' }).click();
		await page.waitForURL(/\/stress\/sensors-offline-1/);
		// Progress arrives over server-sent events while the page stays put.
		await page.waitForFunction(
			() => Number(document.querySelector('progress')?.getAttribute('data-done')) > 0,
			null,
			{
				timeout: 60_000
			}
		);
		await checkAxe(page, 'stress-running-en');
		// When the job ends the page reloads itself with the verdict rendered on the server.
		await page.locator('[data-verdict]').waitFor({ timeout: 180_000 });
		await expect(page.locator('.report svg').count()).resolves.toBeGreaterThanOrEqual(3);
		await page.goto(`${app.consoleUrl}stress/sensors-offline-1?lang=ru`);
		await expect(page.locator('[data-verdict] strong').innerText()).resolves.toMatch(
			/^(ПРОЙДЕН|НЕ ПРОЙДЕН)$/
		);
		await checkAxe(page, 'stress-done-ru');
		await page.close();
	}, 300_000);
});
