import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../cli/app/startApp.js';
import { ledgerPath, openLedger, type Ledger } from '../../../data/ledger/index.js';
import { haveBinary, launchChromium, type RunningBrowser } from '../../../harness/index.js';
import { demoPool, harvestShortfall } from '../../../scenarios/round/cases/loadCases.js';
import { createRoundDesk, uniformPanelDrawer, type RoundDesk } from '../../../scenarios/round/index.js';
import { ensureBuilt } from '../../lib/testing/ensureBuilt.js';
import { startTestConsole } from '../../../cli/app/startTestConsole.js';
import { appointDemoRoster } from '../../../scenarios/round/appointDemoRoster.js';
import { reviewAllSound } from '../../../scenarios/round/reviewAllSound.js';

describe.runIf(haveBinary('chromium'))('the ballot page in a browser', () => {
	let app: RunningApp;
	let chromium: RunningBrowser;
	let ledger: Ledger;
	let desk: RoundDesk;
	let codes: string[];
	const dataDir = mkdtempSync(join(tmpdir(), 'ros-vote-'));

	beforeAll(async () => {
		ensureBuilt();
		app = await startTestConsole(dataDir);
		// The council's side runs on its own connection to the same ledger file, as a second process would.
		ledger = openLedger(ledgerPath(dataDir));
		appointDemoRoster(ledger, Date.now());
		desk = createRoundDesk({
			store: ledger,
			clock: Date.now,
			secret: (n) => randomBytes(n),
			drawer: uniformPanelDrawer(),
			options: { panelSize: 2, reserves: 1, seedParties: 0 }
		});
		desk.create({ id: 'harvest-2026', scenarios: harvestShortfall });
		reviewAllSound(desk, 'harvest-2026', harvestShortfall);
		desk.act('harvest-2026', {
			kind: 'strike',
			scenarioId: 'reserve-keeping',
			by: 'ethics-council',
			reason: 'Снижает норму хлеба ниже медицинского минимума для детей'
		});
		await desk.commitPanel('harvest-2026', demoPool(6));
		const vote = await desk.openVote('harvest-2026');
		if (!vote.ok) throw new Error(vote.error.message);
		codes = vote.invitations.map((i) => i.code);
		chromium = await launchChromium();
	}, 120_000);
	afterAll(async () => {
		await chromium?.close();
		await app?.stop();
		ledger?.close();
		rmSync(dataDir, { recursive: true, force: true });
	});

	it('casts a vote on a phone in Russian: one tap, confirm, receipt; the published list and the tally count it', async () => {
		const page = await chromium.context.newPage();
		await page.setViewportSize({ width: 360, height: 740 });
		await page.setExtraHTTPHeaders({ 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' });
		await page.goto(`${app.consoleUrl}vote?c=${encodeURIComponent(codes[0]!)}`);
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ru');
		await expect(page.locator('h1').textContent()).resolves.toBe('Ваш голос');
		await expect(page.locator('li.option').count()).resolves.toBe(2);
		// The struck scenario stays visible, with the council's reason, and cannot be chosen.
		await expect(page.locator('[data-excluded="reserve-keeping"]').textContent()).resolves.toContain(
			'медицинского минимума'
		);
		expect(await page.evaluate(() => document.body.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		const button = page
			.locator('[data-scenario="quinoa-substitution"]')
			.getByRole('button', { name: 'Выбрать этот сценарий' });
		expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44); // a thumb-sized target

		// The header's switch to English keeps the code (and every other query parameter); then back to Russian.
		await page.goto(`${app.consoleUrl}vote?c=${encodeURIComponent(codes[0]!)}&utm=paper`);
		await page.getByRole('link', { name: 'EN' }).click();
		await page.getByRole('heading', { name: 'Your vote' }).waitFor();
		expect(new URL(page.url()).searchParams.get('utm')).toBe('paper');
		await expect(page.locator('li.option').count()).resolves.toBe(2);
		await page.getByRole('link', { name: 'RU' }).click();
		await page.getByRole('heading', { name: 'Ваш голос' }).waitFor();

		await button.click();
		await page.getByRole('heading', { name: 'Подтвердите выбор' }).waitFor();
		await expect(page.locator('.chosen').textContent()).resolves.toBe('Замена киноа на 20%');
		// The confirm step switches language without losing the choice (it was posted, not in the address).
		await page.getByRole('button', { name: 'EN' }).click();
		await expect(page.locator('.chosen').textContent()).resolves.toBe('Substitute 20% with quinoa');
		await page.getByRole('button', { name: 'RU' }).click();
		await page.getByRole('heading', { name: 'Подтвердите выбор' }).waitFor();
		await page.getByRole('button', { name: 'Подтвердить голос' }).click();
		await page.getByRole('heading', { name: /Голос принят/ }).waitFor();
		const receipt = await page.locator('[data-receipt]').getAttribute('data-receipt');
		expect(receipt).toMatch(/^[0-9a-f]{64}$/);
		// Nothing is published while the vote is open: the list is sealed into the log, in receipt order, at the close.
		expect(desk.ballots('harvest-2026')).toEqual([]);
		const displayed = (await page.locator('.receipt code').textContent())!;
		// The receipt page switches language and keeps the receipt.
		await page.getByRole('button', { name: 'EN' }).click();
		await page.getByRole('heading', { name: /Vote recorded/ }).waitFor();
		await expect(page.locator('[data-receipt]').getAttribute('data-receipt')).resolves.toBe(receipt);
		await page.getByRole('button', { name: 'RU' }).click();
		await page.getByRole('heading', { name: /Голос принят/ }).waitFor();

		// While the vote is open the public page shows no receipt and no choice; the voter's own receipt, pasted as
		// displayed (groups of eight with spaces), is found in the box.
		await page.goto(`${app.consoleUrl}rounds/harvest-2026`);
		expect(await page.content()).not.toContain(receipt!);
		await page.locator('#receipt').fill(displayed);
		await page.getByRole('button', { name: 'Проверить квитанцию' }).click();
		await expect(page.locator('[data-receipt-check]').getAttribute('data-receipt-check')).resolves.toBe(
			'sealed'
		);

		// Replaying the same code is refused, in Russian.
		await page.goto(`${app.consoleUrl}vote?c=${encodeURIComponent(codes[0]!)}`);
		await expect(page.locator('[role="alert"]').textContent()).resolves.toContain('уже проголосовали');

		// The other panelist votes; everyone has voted, so the council may close early.
		expect(desk.cast(codes[1]!, { kind: 'scenario', scenarioId: 'quinoa-substitution' }).ok).toBe(true);
		const closed = desk.act('harvest-2026', { kind: 'close-vote' });
		expect(closed.ok && closed.round.state).toBe('adopted');

		await page.goto(`${app.consoleUrl}rounds/harvest-2026?receipt=${receipt}`);
		await expect(page.locator('[data-receipt-check]').getAttribute('data-receipt-check')).resolves.toBe(
			'counted'
		);
		await expect(page.locator('[data-receipt-check]').textContent()).resolves.toContain(
			'Замена киноа на 20%'
		);
		await expect(page.locator('[data-votes-cast]').textContent()).resolves.toBe('2');
		await expect(page.locator('[data-votes-for="quinoa-substitution"] td').textContent()).resolves.toBe('2');
		await expect(page.locator('[data-adopted]').getAttribute('data-adopted')).resolves.toBe(
			'quinoa-substitution'
		);
		await expect(page.locator('[data-chain]').first().getAttribute('data-chain')).resolves.toBe('intact');
		await page.close();
	});
});
