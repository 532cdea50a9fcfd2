import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../cli/app/startApp.js';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { haveBinary, launchChromium, type RunningBrowser } from '../../harness/index.js';
import { axeViolations } from '../lib/testing/axeViolations.js';
import { ensureBuilt } from '../lib/testing/ensureBuilt.js';
import { startTestConsole } from '../../cli/app/startTestConsole.js';

const SHOTS = fileURLToPath(new URL('../../artifacts/screenshots/', import.meta.url));

describe.runIf(haveBinary('chromium'))('the console overview in a browser', () => {
	let app: RunningApp;
	let chromium: RunningBrowser;
	// A data folder of its own: readings left in var/ by another run would be summed into the stocks shown.
	const dataDir = mkdtempSync(join(tmpdir(), 'ros-overview-'));
	beforeAll(async () => {
		ensureBuilt();
		app = await startTestConsole(dataDir);
		// Three days of the capital's water at 10 days of need (372,000 people × 50 L), far under its 182-day reserve.
		const day = 86_400_000;
		const today = Math.floor(Date.now() / day) * day;
		await app.telemetry.store.write(
			[3, 2, 1].map((ago, i) => ({
				region: 'capital',
				site: 'capital-reservoir',
				gateway: 'gw-1',
				resource: 'water',
				quantity: 'stock' as const,
				time: today - ago * day + day / 2,
				value: 372_000 * 50 * 10,
				seq: i + 1
			}))
		);
		chromium = await launchChromium();
	}, 180_000);
	afterAll(async () => {
		await chromium?.close();
		await app?.stop();
		rmSync(dataDir, { recursive: true, force: true });
	});

	/** No axe violations at 360 and 1280 px; a screenshot of each as a test artifact. */
	async function checkAxe(page: import('playwright-core').Page, name: string) {
		mkdirSync(SHOTS, { recursive: true });
		for (const width of [360, 1280]) {
			await page.setViewportSize({ width, height: 740 });
			await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
			expect(await axeViolations(page)).toEqual([]);
		}
		await page.setViewportSize({ width: 360, height: 740 });
	}

	it('shows the world in Russian on a phone, fits the screen, and switches to English', async () => {
		const page = await chromium.context.newPage();
		await page.setViewportSize({ width: 360, height: 740 });
		await page.setExtraHTTPHeaders({ 'accept-language': 'ru-RU,ru;q=0.9' });
		await page.goto(app.consoleUrl);
		await expect(page.locator('h1').textContent()).resolves.toBe('Демонстрационная федерация');
		await expect(page.locator('tr[data-region="capital"] th').textContent()).resolves.toBe('Столичный округ');
		await expect(page.locator('tr[data-resource="water"] td.num').innerText()).resolves.toMatch(
			/50 л в день/
		);
		// The stock drawn in days of need, and the Correlation Center's own sentence for it.
		await expect(page.locator('[data-cell="capital:water"] text').textContent()).resolves.toBe('10');
		await expect(page.locator('[data-warning="below-floor"]').innerText()).resolves.toMatch(/Питьевая вода/);
		await expect(page.locator('[data-threat]').getAttribute('data-threat')).resolves.toBe('normal');
		// A row per scope: the federation, then each region, with its level (none raised in this world yet).
		await expect(page.locator('tr[data-scope="capital"]').getAttribute('data-level')).resolves.toBe('normal');
		await expect(page.locator('tr[data-scope="federation"] td').nth(2).textContent()).resolves.toBe(
			'не повышался'
		);
		const overflow = await page.evaluate(() => document.body.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await checkAxe(page, 'overview-ru');

		await page.getByRole('link', { name: 'EN' }).click();
		await page.waitForURL(/lang=en/);
		await expect(page.locator('h1').textContent()).resolves.toBe('Demo federation');
		await expect(page.locator('[data-warning="below-floor"]').innerText()).resolves.toMatch(/[Ww]ater/);
		await checkAxe(page, 'overview-en');
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
		await page.goto(app.consoleUrl);
		await expect(page.locator('h1').textContent()).resolves.toBe('Demo federation');
		await page.close();
	}, 120_000);

	it("opens the citizen's page for a region, refuses an unknown one by name, and passes axe in both languages", async () => {
		const page = await chromium.context.newPage();
		await page.setExtraHTTPHeaders({ 'accept-language': 'ru-RU,ru;q=0.9' });
		await page.goto(`${app.consoleUrl}citizen?region=capital&lang=ru`);
		await expect(page.locator('#quotas').textContent()).resolves.toBe('Квоты в регионе «Столичный округ»');
		await checkAxe(page, 'citizen-ru');
		await page.goto(`${app.consoleUrl}citizen?region=atlantis&lang=en`);
		await expect(page.locator('#region-error').innerText()).resolves.toMatch(/"atlantis" is not a region/);
		await expect(page.locator('#region').getAttribute('aria-invalid')).resolves.toBe('true');
		await page.getByLabel('Invitation code').fill('NOT-A-CODE-AT-ALL');
		await page.getByRole('button', { name: 'Open' }).click();
		await expect(page.locator('#code-error').innerText()).resolves.toMatch(/no such code/);
		await checkAxe(page, 'citizen-en');
		await page.close();
	}, 120_000);

	it('opens the telemetry explorer on a series, refuses unknown words by name, and passes axe', async () => {
		const page = await chromium.context.newPage();
		await page.goto(`${app.consoleUrl}explorer?region=capital&series=water/stock&lang=ru`);
		await expect(page.locator('#series-title').textContent()).resolves.toBe(
			'Столичный округ: Питьевая вода: запас'
		);
		await expect(page.locator('[data-forecast]').getAttribute('data-forecast')).resolves.toBe('too-short');
		await checkAxe(page, 'explorer-ru');
		await page.goto(`${app.consoleUrl}explorer?region=atlantis&lang=en`);
		await expect(page.locator('[data-refused="region"]').innerText()).resolves.toMatch(/"atlantis"/);
		await checkAxe(page, 'explorer-en');
		// The error page too, in both languages.
		for (const lang of ['ru', 'en']) {
			const response = await page.goto(`${app.consoleUrl}no-such-page?lang=${lang}`);
			expect(response?.status()).toBe(404);
			await checkAxe(page, `not-found-${lang}`);
		}
		await page.close();
	}, 120_000);
});
