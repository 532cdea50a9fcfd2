import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../cli/app/startApp.js';
import type { Role } from '../../data/accounts/index.js';
import { ledgerPath, openLedger, type Ledger } from '../../data/ledger/index.js';
import { haveBinary, launchChromium, type RunningBrowser } from '../../harness/index.js';
import { sha256Hex } from '../../scenarios/ballot/index.js';
import { demoPool, demoRoster, harvestShortfall } from '../../scenarios/round/cases/loadCases.js';
import { axeViolations, type AxeFinding } from '../lib/testing/axeViolations.js';
import { ensureBuilt } from '../lib/testing/ensureBuilt.js';
import { startTestConsole } from '../../cli/app/startTestConsole.js';
import { appointDemoRoster } from '../../scenarios/round/appointDemoRoster.js';
import { addAccounts } from '../lib/testing/addAccounts.js';
import { signInAs } from '../lib/testing/signInAs.js';

/** Screenshots of every page the story visits, kept for people to look at (gitignored). */
const SHOTS = fileURLToPath(new URL('../../artifacts/screenshots/', import.meta.url));
const PASSWORD = 'a long test password';
const EXPERTS = demoRoster.map((e) => e.id);

describe.runIf(haveBinary('chromium'))('a round run in the browser, by every role', () => {
	let app: RunningApp;
	let chromium: RunningBrowser;
	let ledger: Ledger;
	const dataDir = mkdtempSync(join(tmpdir(), 'ros-council-e2e-'));
	const findings: { page: string; width: number; violations: AxeFinding[] }[] = [];

	beforeAll(async () => {
		ensureBuilt();
		mkdirSync(SHOTS, { recursive: true });
		ledger = openLedger(ledgerPath(dataDir));
		appointDemoRoster(ledger, Date.now());
		const people: [string, Role][] = [
			['planner-7', 'analyst'],
			['chair', 'council'],
			['ethics-3', 'ethics'],
			...EXPERTS.map((e): [string, Role] => [e, 'expert'])
		];
		await addAccounts(dataDir, people, PASSWORD);
		// The planner's reader-facing fields, as `resourceos plan` writes them, so the page draws and explains them.
		const enriched = harvestShortfall.map((s, i) => ({
			...s,
			coverage: ['capital', 'north', 'south'].flatMap((region, r) =>
				['water', 'wheat', 'energy'].map((resource, k) => ({
					region,
					resource,
					tier: 'basic',
					coverage: Math.min(1, 0.55 + 0.1 * (r + k + i)),
					worstPeriod: 0
				}))
			),
			deltas: {
				minCoverage: 0.02 * (i - 1),
				meanCoverage: 0.01,
				gini: -0.01,
				shortfallPersonDays: -1234567.89,
				transportTonneKm: 98765.4321,
				energyKWh: 0,
				coverage: []
			},
			explanations: [
				{
					ru: 'Север получает пшеницу с юга: связь юг–север загружена полностью.',
					en: 'The north gets wheat from the south: the south–north link runs full.'
				}
			]
		}));
		writeFileSync(join(dataDir, 'scenarios.json'), JSON.stringify({ scenarios: enriched }));
		writeFileSync(join(dataDir, 'pool.json'), JSON.stringify(demoPool(8)));
		app = await startTestConsole(dataDir);
		chromium = await launchChromium();
	}, 180_000);
	afterAll(async () => {
		await chromium?.close();
		await app?.stop();
		ledger?.close();
		rmSync(dataDir, { recursive: true, force: true });
	});

	/** Saves a screenshot and runs axe at 1280 and 360 px, in the page's language. */
	async function look(page: Page, name: string): Promise<void> {
		for (const width of [1280, 360]) {
			await page.setViewportSize({ width, height: 900 });
			await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true });
			findings.push({ page: name, width, violations: await axeViolations(page) });
			expect(await page.evaluate(() => document.body.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
			// No number is broken across lines: inside each run of digits (with its group and decimal
			// separators) every character sits on one line.
			const broken = await page.evaluate(() => {
				const found: string[] = [];
				const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					// Hashes and codes (in <code>) are not numbers: they may wrap anywhere.
					if (node.parentElement?.closest('code')) continue;
					const text = node.textContent ?? '';
					for (const m of text.matchAll(/\d[\d\u00a0\u202f.,]*\d/g)) {
						const tops = new Set<number>();
						for (let i = m.index; i < m.index + m[0].length; i++) {
							const range = document.createRange();
							range.setStart(node, i);
							range.setEnd(node, i + 1);
							const rect = range.getClientRects()[0];
							if (rect && rect.width > 0) tops.add(Math.round(rect.top));
						}
						if (tops.size > 1) found.push(m[0]);
					}
				}
				return found;
			});
			expect([name, width, broken]).toEqual([name, width, []]);
		}
		await page.setViewportSize({ width: 1280, height: 900 });
	}

	const signIn = (page: Page, id: string) => signInAs(page, app.consoleUrl, id, PASSWORD);
	async function signOut(page: Page): Promise<void> {
		await page.getByRole('button', { name: 'Sign out' }).click();
		await page.waitForURL(app.consoleUrl);
	}
	async function act(page: Page, action: string, button: string): Promise<void> {
		await page.locator(`form[data-action="${action}"]`).getByRole('button', { name: button }).click();
		await page.locator(`[data-done="${action}"]`).waitFor();
	}

	it('an analyst opens a round, experts review, the ethics council strikes, panelists vote, the result shows', async () => {
		const page = await chromium.context.newPage();
		// The accessibility check can fail: an image without a text alternative is found.
		await page.setContent(
			'<!doctype html><html lang="en"><title>x</title><main><img src="x.png"></main></html>'
		);
		expect((await axeViolations(page)).map((v) => v.id)).toContain('image-alt');
		await page.goto(`${app.consoleUrl}signin?lang=en`);
		await look(page, 'signin');
		// A wrong password is refused, tied to the inputs.
		await page.getByLabel('Account').fill('chair');
		await page.getByLabel('Password').fill('wrong');
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.getByRole('alert').waitFor();
		await expect(page.getByLabel('Password').getAttribute('aria-invalid')).resolves.toBe('true');

		// An operator has no round forms; a signed-out visitor sees none either.
		await page.goto(`${app.consoleUrl}rounds`);
		await expect(page.locator('#create').count()).resolves.toBe(0);

		await signIn(page, 'planner-7');
		await page.locator('#scenarios').setInputFiles(join(dataDir, 'scenarios.json'));
		await page.locator('#create-id').fill('harvest-2026');
		await page.locator('#create-panelSize').fill('3');
		await page.locator('#create-reserves').fill('1');
		await look(page, 'rounds-analyst');
		await page.getByRole('button', { name: 'Create the round' }).click();
		await page.waitForURL(/\/rounds\/harvest-2026(#.*)?$/);
		await expect(page.locator('[data-state]').getAttribute('data-state')).resolves.toBe('drafted');
		await signOut(page);

		await signIn(page, 'chair');
		await page.goto(`${app.consoleUrl}rounds/harvest-2026`);
		await act(page, 'open-review', 'Open the review (draw the experts)');
		const reviewers = ledger.round('harvest-2026')!.reviewers;
		await signOut(page);

		for (const [i, expert] of reviewers.entries()) {
			await signIn(page, expert);
			await page.goto(`${app.consoleUrl}rounds/harvest-2026`);
			if (i === 0) {
				// Rework without a comment is refused by the round's rules, shown next to the form.
				await page.locator('#verdict-equity-first').selectOption('needs-rework');
				await page.locator('#comment-reserve-keeping').fill('Keeps the reserve, as it should');
				await page.getByRole('button', { name: 'Submit my review' }).click();
				await page.locator('form[data-action="submit-review"] [role="alert"]').waitFor();
				// The refused form keeps what was typed and chosen.
				await expect(page.locator('#verdict-equity-first').inputValue()).resolves.toBe('needs-rework');
				await expect(page.locator('#comment-reserve-keeping').inputValue()).resolves.toBe(
					'Keeps the reserve, as it should'
				);
				await look(page, 'review-refused');
				await page.locator('#verdict-equity-first').selectOption('sound');
			}
			await act(page, 'submit-review', 'Submit my review');
			await signOut(page);
		}
		// An expert who was not drawn has nothing to do here.
		const outsider = EXPERTS.find((e) => !reviewers.includes(e))!;
		await signIn(page, outsider);
		await page.goto(`${app.consoleUrl}rounds/harvest-2026`);
		await expect(page.locator('form[data-action]').count()).resolves.toBe(0);
		await signOut(page);

		await signIn(page, 'chair');
		await page.goto(`${app.consoleUrl}rounds/harvest-2026`);
		await act(page, 'close-review', 'Close the review');
		await signOut(page);

		await signIn(page, 'ethics-3');
		await page.goto(`${app.consoleUrl}rounds/harvest-2026`);
		await page.locator('#strike-scenario').selectOption('reserve-keeping');
		// A reason too short for the round's rules: refused at its input, with what was typed kept.
		await page.locator('#strike-reason').fill('Too harsh');
		await page.getByRole('button', { name: 'Strike the scenario' }).click();
		await page.locator('form[data-action="strike"] [role="alert"]').waitFor();
		await expect(page.locator('#strike-reason').getAttribute('aria-invalid')).resolves.toBe('true');
		await expect(page.locator('#strike-reason').inputValue()).resolves.toBe('Too harsh');
		await expect(page.locator('#strike-scenario').inputValue()).resolves.toBe('reserve-keeping');
		await page.locator('#strike-reason').fill('Cuts the bread norm below the medical minimum for children');
		await look(page, 'round-ethics');
		await act(page, 'strike', 'Strike the scenario');
		// The panel's seed is made of secret shares that their holders commit to in advance.
		await page.locator('#hash').fill(sha256Hex('an ethics share'));
		await act(page, 'commit-seed', 'Commit my share of the seed');
		await signOut(page);

		await signIn(page, 'chair');
		await page.goto(`${app.consoleUrl}rounds/harvest-2026`);
		await page.locator('#pool').setInputFiles(join(dataDir, 'pool.json'));
		await act(page, 'commit-panel', 'Commit the panel draw');
		await page.locator('#hash').fill(sha256Hex('a council share'));
		await act(page, 'commit-seed', 'Commit my share of the seed');
		await page.locator('#reveal').fill('chair=a council share,ethics-3=an ethics share');
		// The encrypted ballot is the default; this walk-through is the plain ballot's (one-time codes).
		await page.locator('#ballot').selectOption('plain');
		await act(page, 'open-vote', 'Reveal the panel and open the vote');
		const file = (await page.locator('[data-invitations]').getAttribute('data-invitations'))!;
		const invitations = readFileSync(file, 'utf8')
			.trim()
			.split('\n')
			.slice(1)
			.map((row) => row.split(','));
		expect(invitations).toHaveLength(3);
		await look(page, 'round-council-vote-open');
		await signOut(page);

		// Anyone watching the round sees turnout rise live (server-sent events), and nothing else.
		const watcher = await chromium.context.newPage();
		await watcher.goto(`${app.consoleUrl}rounds/harvest-2026?lang=en`);
		await expect(watcher.locator('p[data-turnout]').getAttribute('data-turnout')).resolves.toBe('0');

		// Panelists vote through their links, on a phone, in Russian.
		for (const [i, [, , code, link]] of invitations.entries()) {
			await page.setViewportSize({ width: 360, height: 740 });
			// The link carries no code: the panelist types the code printed on the invitation.
			await page.goto(`${link}?lang=ru`);
			await page.locator('#c').fill(code!);
			await page.getByRole('button', { name: 'Открыть бюллетень' }).click();
			await page.locator(`[data-scenario]`).first().waitFor();
			expect(page.url()).not.toContain(code!); // posted, so not in history or logs
			if (i === 0) await look(page, 'ballot');
			await page
				.locator(`[data-scenario="${i === 2 ? 'equity-first' : 'quinoa-substitution'}"]`)
				.getByRole('button', { name: 'Выбрать этот сценарий' })
				.click();
			if (i === 0) await look(page, 'ballot-confirm');
			await page.getByRole('button', { name: 'Подтвердить голос' }).click();
			await page.getByRole('heading', { name: /Голос принят/ }).waitFor();
			if (i === 0) await look(page, 'ballot-receipt');
		}

		await watcher.locator('p[data-turnout="3"]').waitFor({ timeout: 15_000 });
		await watcher.close();
		await page.goto(`${app.consoleUrl}rounds/harvest-2026?lang=en`);
		await expect(page.locator('[data-sealed]').getAttribute('data-sealed')).resolves.toBe('3');
		await signIn(page, 'chair');
		await page.goto(`${app.consoleUrl}rounds/harvest-2026`);
		await act(page, 'close-vote', 'Close the vote and count');
		await expect(page.locator('[data-adopted]').getAttribute('data-adopted')).resolves.toBe(
			'quinoa-substitution'
		);
		await expect(page.locator('[data-votes-cast]').textContent()).resolves.toBe('3');
		await signOut(page);
		await page.goto(`${app.consoleUrl}rounds/harvest-2026?lang=ru`);
		await look(page, 'round-adopted-ru');
		await page.goto(`${app.consoleUrl}rounds/harvest-2026?lang=en`);
		await look(page, 'round-adopted-en');
		await page.goto(`${app.consoleUrl}rounds?lang=ru`);
		await look(page, 'rounds-ru');
		await page.goto(`${app.consoleUrl}?lang=ru`);
		await look(page, 'overview-ru');
		await page.goto(`${app.consoleUrl}vote?lang=en`);
		await look(page, 'vote-code-en');
		// A missing page answers in the reader's language.
		await page.goto(`${app.consoleUrl}rounds/no-such-round?lang=ru`);
		await expect(page.locator('[data-error]').textContent()).resolves.toBe('Такой страницы нет.');
		await look(page, 'not-found-ru');
		// Drawn decisions: a heat map per scenario, the trade-off chart, the result bars; no client script needed.
		await page.goto(`${app.consoleUrl}rounds/harvest-2026?lang=ru`);
		await expect(page.locator('[data-cell]').count()).resolves.toBe(27);
		await expect(page.locator('[data-point][data-non-dominated="true"]').count()).resolves.toBeGreaterThan(0);
		await expect(page.locator('[data-bar]').count()).resolves.toBe(3);
		await expect(page.locator('[data-deltas] dd').first().textContent()).resolves.toBe('-2\u00a0%');
		// The audit log: paged, each entry's detail, and a check made in the browser on the downloaded log.
		await page.goto(`${app.consoleUrl}audit?lang=en`);
		await page.getByRole('button', { name: 'Verify the chain in my browser' }).click();
		await page.locator('[data-check="intact"]').waitFor();
		const head = ledger.verify();
		await expect(page.locator('[data-check]').textContent()).resolves.toContain(
			head.status === 'intact' ? head.head : 'no head'
		);
		await expect(page.locator('[data-check]').textContent()).resolves.toContain(
			'matches what the server shows'
		);
		await look(page, 'audit-en');
		expect(ledger.verify().status).toBe('intact');
		await page.close();

		writeFileSync(join(SHOTS, 'axe.json'), JSON.stringify(findings, null, 1));
		expect(findings.filter((f) => f.violations.length > 0)).toEqual([]);
	}, 240_000);
});
