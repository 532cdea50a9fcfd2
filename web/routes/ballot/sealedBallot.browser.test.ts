import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../cli/app/startApp.js';
import { axeViolations } from '../../lib/testing/axeViolations.js';
import { runCasts } from '../../../cli/commands/election/runCasts.js';
import { runDecryptions } from '../../../cli/commands/election/runDecryptions.js';
import { runElectionSetUp } from '../../../cli/commands/election/runElectionSetUp.js';
import { runOk, runRoundToVote } from '../../../cli/commands/round/runRoundToVote.js';
import { runInProcess } from '../../../cli/runInProcess.js';
import { haveBinary, launchChromium, type RunningBrowser } from '../../../harness/index.js';
import { ensureBuilt } from '../../lib/testing/ensureBuilt.js';
import { startTestConsole } from '../../../cli/app/startTestConsole.js';
import { addAccounts } from '../../lib/testing/addAccounts.js';
import { signInAs } from '../../lib/testing/signInAs.js';

const election = 'harvest/stage-0';
const options = 'equity-first,quinoa-substitution,contest';
const PASSWORD = 'a long test password';

describe.runIf(haveBinary('chromium'))('the encrypted ballot, end to end in a browser', () => {
	let app: RunningApp;
	let chromium: RunningBrowser;
	const dataDir = mkdtempSync(join(tmpdir(), 'ros-sealed-'));
	const at = (name: string) => join(dataDir, name);
	const codes = new Map<string, string>();
	let keys: readonly string[] = [];
	const cli = async (...argv: string[]) => {
		const r = await runInProcess(['election', ...argv]);
		if (r.code !== 0) throw new Error(`election ${argv[0]}: ${r.err}`);
		return r.out;
	};

	beforeAll(async () => {
		ensureBuilt();
		// An ethics member, who is one of the trustees of the round's election below.
		await addAccounts(dataDir, [['ethics-3', 'ethics']], PASSWORD);
		app = await startTestConsole(dataDir);
		// The credential authority, the three trustees and the operator, each with their own files.
		writeFileSync(at('panel.json'), JSON.stringify(['anna', 'boris', 'vera']));
		const setUp = await runElectionSetUp({
			election,
			panelFile: at('panel.json'),
			dir: dataDir,
			publicUrl: app.consoleUrl,
			trustees: 3,
			threshold: 2
		});
		for (const [panelist, code] of setUp.codes) codes.set(panelist, code);
		keys = setUp.keys;
		const { commitments } = setUp;
		const flags = [
			'--commitments',
			commitments,
			'--credentials',
			setUp.credentials,
			'--out',
			at('manifest.json')
		];
		await cli('manifest', '--options', options, ...flags, '--dataDir', dataDir);
		chromium = await launchChromium();
	}, 240_000);
	afterAll(async () => {
		await chromium?.close();
		await app?.stop();
		rmSync(dataDir, { recursive: true, force: true });
	});

	async function vote(
		panelist: string,
		choice: string,
		lang: 'ru' | 'en',
		keyboard = false
	): Promise<string> {
		const page = await chromium.context.newPage();
		await page.setViewportSize({ width: 360, height: 740 });
		await page.setExtraHTTPHeaders({
			'accept-language': lang === 'ru' ? 'ru-RU,ru;q=0.9' : 'en-GB,en;q=0.9'
		});
		await page.goto(`${app.consoleUrl}ballot/${election}`);
		const words =
			lang === 'ru'
				? { next: 'Дальше', pick: 'Выбрать', send: 'Зашифровать и отправить' }
				: { next: 'Next', pick: 'Choose', send: 'Encrypt and send' };
		await page.locator('#code').fill(codes.get(panelist)!);
		if (keyboard) {
			// Keyboard only: Enter submits the code, Tab reaches each option's button, Enter chooses and sends.
			await page.locator('#code').press('Enter');
			await page.getByRole('button', { name: words.pick }).first().waitFor();
			const index = options.split(',').indexOf(choice);
			for (let i = 0; i <= index; i++) await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
			await page.getByRole('button', { name: words.send }).waitFor();
			await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
		} else {
			await page.getByRole('button', { name: words.next }).click();
			await page.locator(`[data-option="${choice}"]`).getByRole('button', { name: words.pick }).click();
			await page.getByRole('button', { name: words.send }).click();
		}
		const receipt = page.locator('[data-receipt]');
		await receipt.waitFor({ timeout: 30_000 });
		const value = (await receipt.getAttribute('data-receipt'))!;
		await page.close();
		return value;
	}

	it('panelists vote through their links (three taps, one by keyboard, one in English); trustees decrypt; verify election passes', async () => {
		const page = await chromium.context.newPage();
		await page.setExtraHTTPHeaders({ 'accept-language': 'ru-RU,ru;q=0.9' });
		// Without JavaScript the page says how to vote anyway, and offers no form that could post the code.
		const html = await (
			await fetch(`${app.consoleUrl}ballot/${election}`, { headers: { 'accept-language': 'ru' } })
		).text();
		expect(html).toContain('пункте голосования с наблюдателем');
		expect(html).not.toMatch(/<input[^>]*id="code"/);
		// A code that is not on the list is caught on the phone, before anything is sent.
		await page.goto(`${app.consoleUrl}ballot/${election}`);
		await page.locator('#code').fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GG');
		await page.getByRole('button', { name: 'Дальше' }).click();
		await expect(page.locator('[role="alert"]').textContent()).resolves.toContain('из приглашения');

		const receipts = [
			await vote('anna', 'equity-first', 'ru'),
			await vote('boris', 'quinoa-substitution', 'en', true),
			await vote('vera', 'contest', 'ru'),
			// Anna changes her mind before the close: her later ballot replaces the first.
			await vote('anna', 'quinoa-substitution', 'ru')
		];
		await page.goto(`${app.consoleUrl}ballot/${election}/box`);
		for (const r of receipts) await page.locator(`[data-receipt="${r}"]`).waitFor();

		await cli('close', '--election', election, '--dataDir', dataDir);
		await cli('export', '--election', election, '--out', at('closed.json'), '--dataDir', dataDir);
		const partials = await runDecryptions({
			keys,
			trustees: [1, 3],
			record: at('closed.json'),
			partialFile: (j) => at(`partial-${j}.json`)
		});
		expect(await cli('tally', '--election', election, '--partials', partials, '--dataDir', dataDir)).toMatch(
			/result equity-first 0, quinoa-substitution 2, contest 1/
		);
		await cli('export', '--election', election, '--out', at('record.json'), '--dataDir', dataDir);
		const verified = await runInProcess(['verify', 'election', '--record', at('record.json')]);
		expect(verified.out).toMatch(/verified: 3 ballots counted \(1 replaced by a later ballot\)/);
		expect(verified.code).toBe(0);

		// The console's verify page runs the same check in the browser on the downloaded record.
		await page.goto(`${app.consoleUrl}ballot/${election}/verify`);
		await page.getByRole('button', { name: 'Скачать запись и проверить' }).click();
		await page.locator('[data-verdict]').waitFor({ timeout: 60_000 });
		await expect(page.locator('[data-verdict]').getAttribute('data-verdict')).resolves.toBe('valid');
		await expect(page.locator('[data-verdict]').textContent()).resolves.toContain('quinoa-substitution 2');
	}, 240_000);
	it('a round’s trustees hand in their partial decryptions through the console; a forged one is refused on its field; axe is clean', async () => {
		const server = ['--dataDir', dataDir];
		const { panelFile, panel } = await runRoundToVote({
			id: 'h',
			dataDir,
			dir: dataDir,
			panelSize: 3,
			poolSize: 10
		});
		mkdirSync(at('h'));
		const round = await runElectionSetUp({
			election: 'h/stage-0',
			panelFile,
			dir: at('h'),
			publicUrl: app.consoleUrl,
			trustees: 3,
			threshold: 2
		});
		await runOk(
			'round',
			'open-election',
			'--id',
			'h',
			'--commitments',
			round.commitments,
			'--credentials',
			round.credentials,
			...server
		);
		const choices = ['equity-first', 'equity-first', 'contest'];
		await runCasts({ election: 'h/stage-0', panel, codes: round.codes, choices, dataDir });
		// Everyone voted: the council's close closes the box, which then waits for the trustees.
		await expect(runOk('round', 'close-vote', '--id', 'h', ...server)).rejects.toThrow(
			/waits for the trustees/
		);

		// Each trustee, on their own machine, from the public record the form links to.
		const page = await chromium.context.newPage();
		const record = await (await fetch(`${app.consoleUrl}ballot/h/stage-0/record.json`)).text();
		writeFileSync(at('h-closed.json'), record);
		await runDecryptions({
			keys: round.keys,
			trustees: [1, 3],
			record: at('h-closed.json'),
			partialFile: (j) => at(`h-partial-${j}.json`)
		});
		const forged = JSON.parse(readFileSync(at('h-partial-3.json'), 'utf8'));
		writeFileSync(at('h-forged.json'), JSON.stringify({ ...forged, trustee: 2 }));

		await signInAs(page, app.consoleUrl, 'ethics-3', PASSWORD);
		await page.goto(`${app.consoleUrl}rounds/h?lang=en`);
		const form = page.locator('form[data-action="decrypt-election"]');
		const hand = async (file: string) => {
			await form.locator('input[name="partial"]').setInputFiles(file);
			await form.getByRole('button', { name: 'Hand in my partial decryption' }).click();
			await page.waitForLoadState('load');
		};
		await expect(form.locator('a[href$="/ballot/h/stage-0/record.json"]').count()).resolves.toBe(1);
		expect(await axeViolations(page)).toEqual([]);
		await hand(at('h-forged.json'));
		await expect(page.locator('#err-decrypt-election').textContent()).resolves.toMatch(
			/trustee 2: the partial decryption of option \d fails its proof/
		);
		await expect(form.locator('input[name="partial"]').getAttribute('aria-invalid')).resolves.toBe('true');
		for (const width of [1280, 360]) {
			await page.setViewportSize({ width, height: 900 });
			expect(await axeViolations(page)).toEqual([]);
		}
		await hand(at('h-partial-1.json'));
		await page.locator('[data-done="decrypt-election"]').waitFor();
		await hand(at('h-partial-3.json'));
		await page.locator('[data-done="decrypt-election"]').waitFor();
		await expect(form.count()).resolves.toBe(0);
		await page.close();
		// The result is chained, as `election tally` chains it: the round now counts.
		expect(await runOk('round', 'close-vote', '--id', 'h', ...server)).toMatch(/round h: adopted/);
	}, 240_000);
});
