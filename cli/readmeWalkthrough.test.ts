import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startInGroup, type GroupProcess } from '../harness/index.js';
import { openDeadLetters } from '../sensors/ingest/index.js';
import { runInProcess } from './runInProcess.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HEADING = '### Walkthrough: one turn of the loop';

/** The walkthrough's lines, exactly as the README prints them (the first `sh` block after its heading). */
function walkthrough(): string[] {
	const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
	const at = readme.indexOf(HEADING);
	expect(at, `README.md has no "${HEADING}"`).toBeGreaterThanOrEqual(0);
	const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(at))![1]!;
	return block.split('\n').filter((line) => line.trim() !== '');
}

/** Splits a shell line into words: blanks separate, double quotes group (all the README uses). */
function shellWords(line: string): string[] {
	return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

describe('the README walkthrough, run as printed, on any date', () => {
	let app: GroupProcess | undefined;
	afterAll(async () => {
		await app?.stop('SIGKILL');
	});

	it('simulate → analyse → plan → round (review, ethics, panel, vote) → simulate the adopted plan', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'ros-walkthrough-'));
		const [httpPort, mqttPort] = [await freePort(), await freePort()];
		// Everything the README writes under var/ goes to a temporary data folder; the ports are free ones.
		const env = {
			RESOURCEOS_DATA_DIR: dir,
			RESOURCEOS_HTTP_PORT: String(httpPort),
			RESOURCEOS_MQTT_PORT: String(mqttPort),
			RESOURCEOS_LOG_LEVEL: 'warn'
		};
		const local = (word: string) =>
			word.replace(/^var\//, `${dir}/`).replace('mqtt://127.0.0.1:1883', `mqtt://127.0.0.1:${mqttPort}`);
		const lines = walkthrough();
		expect(lines[0]).toMatch(/^npm start\b/);
		const seen: string[] = [];

		for (const line of lines) {
			if (line.startsWith('npm start')) {
				// As a person runs it, minus the console build that `prestart` repeats (the suite has built it).
				const [, , ...extra] = shellWords(line);
				app = startInGroup('npm', ['start', '--ignore-scripts', ...extra], { ...process.env, ...env });
				const [, consoleUrl] = await app.output(/Console: (http:\/\/\S+)/);
				expect(consoleUrl).toBe(`http://127.0.0.1:${httpPort}/`);
				continue;
			}
			if (line.startsWith('#')) {
				// The one step people do by hand: every panelist votes through the link in their invitation.
				expect(line).toMatch(/opens their link in var\/codes\.csv and votes/);
				await voteWithEveryCode(join(dir, 'codes.csv'), httpPort, env);
				seen.push('vote');
				continue;
			}
			const words = shellWords(line);
			expect(words.slice(0, 2), line).toEqual(['node', 'cli/bin.js']);
			const argv = words.slice(2).map(local);
			const { code, out, err } = await runInProcess(argv, env);
			expect(code, `${line}\n${out}\n${err}`).toBe(0);
			seen.push(argv.slice(0, 2).join(' '));
			if (argv[0] === 'simulate' && argv.includes('--publish')) {
				const published = Number(/(\d+) readings in \d+ messages published/.exec(out)![1]);
				await expect
					.poll(() => storedReadings(join(dir, 'telemetry.sqlite')), { timeout: 30_000 })
					.toBe(published);
			}
			if (argv[0] === 'plan') expect(out).toMatch(/[3-5] scenario\(s\) written/);
			if (argv[1] === 'close-vote') expect(out).toMatch(/^round r1: adopted/);
			if (argv[1] === 'open-vote') expect(out).toContain('10 invitation codes written');
			if (argv[0] === 'simulate' && argv.includes('--adopted')) expect(out).toContain('with a plan');
		}
		expect(seen).toEqual(
			expect.arrayContaining([
				'simulate --days',
				'analyse shortages',
				'plan --out',
				'round appoint',
				'round create',
				'round open-review',
				'round review',
				'round close-review',
				'round strike',
				'round commit-panel',
				'round open-vote',
				'vote',
				'round close-vote',
				'simulate --adopted'
			])
		);
		// Every published reading was accepted: none too old or in the future, whatever today is.
		const deadLetters = openDeadLetters(join(dir, 'deadletters.sqlite'));
		expect(deadLetters.count()).toBe(0);
		deadLetters.close();

		// Ctrl-C in the terminal signals the whole process group (npm, its shell, node): nothing stays.
		expect(app!.members()).toBeGreaterThanOrEqual(2);
		expect(await app!.stop('SIGINT')).toEqual({ leftBehind: 0 });
		app = undefined;
	}, 180_000);
});

/** Readings in the SQLite telemetry store (read-only: the test never creates or changes it). */
function storedReadings(path: string): number {
	if (!existsSync(path)) return 0;
	const db = new Database(path, { readonly: true, fileMustExist: true });
	try {
		return (db.prepare('SELECT count(*) AS n FROM points').get() as { n: number }).n;
	} finally {
		db.close();
	}
}

/** Casts one ballot per invitation through the console's ballot form, all for the first standing scenario. */
async function voteWithEveryCode(
	codesCsv: string,
	httpPort: number,
	env: Record<string, string>
): Promise<void> {
	const shown = await runInProcess(['round', 'show', '--id', 'r1'], env);
	const round = JSON.parse(shown.out) as {
		scenarios: { scenario: { id: string }; standing: { kind: string } }[];
	};
	const choice = round.scenarios.find((s) => s.standing.kind === 'standing')!.scenario.id;
	const origin = `http://127.0.0.1:${httpPort}`;
	const rows = readFileSync(codesCsv, 'utf8')
		.trim()
		.split('\n')
		.slice(1)
		.map((row) => row.split(','));
	expect(rows.length).toBe(10);
	for (const [, , code, link] of rows) {
		// The link points to the console this walkthrough runs (http.publicUrl defaults to its address) and
		// carries no code: the panelist types the code from the invitation into the form.
		expect(link).toBe(`${origin}/vote`);
		const response = await fetch(`${origin}/vote?/cast`, {
			method: 'POST',
			headers: { origin, accept: 'application/json', 'x-sveltekit-action': 'true' },
			body: new URLSearchParams({ code: code!, choice })
		});
		const result = (await response.json()) as { type: string; data: string };
		expect(result.type).toBe('success');
		expect(result.data).toContain('"cast"');
	}
}
