import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { harvestShortfall } from '../../../scenarios/round/cases/loadCases.js';
import { runInProcess } from '../../runInProcess.js';
import { runElectionSetUp } from '../election/runElectionSetUp.js';

const dir = mkdtempSync(join(tmpdir(), 'ros-encrypted-round-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);
const server = ['--dataDir', at('server')];
const file = (name: string, value: unknown) => {
	writeFileSync(at(name), JSON.stringify(value));
	return at(name);
};
async function ok(...argv: string[]): Promise<string> {
	const { code, out, err } = await runInProcess(argv);
	expect(err).toBe('');
	expect(code).toBe(0);
	return out;
}
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('a round whose vote is an encrypted election, through the CLI', () => {
	it('open-vote (encrypted by default), credential authority, trustees, open-election, kiosk ballots, close, decryption, adoption', async () => {
		const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
		const roster = ['a', 'b', 'c'].map((id) => ({
			id,
			name: id,
			field: 'logistics',
			term: { start: day(-1), end: day(300) }
		}));
		await ok('round', 'appoint', '--roster', file('roster.json', roster), ...server);
		const scenarios = file('scenarios.json', { scenarios: harvestShortfall });
		await ok(
			'round',
			'create',
			'--id',
			'h',
			'--scenarios',
			scenarios,
			'--panelSize',
			'6',
			'--reserves',
			'0',
			...server
		);
		await ok('round', 'open-review', '--id', 'h', ...server);
		for (const expert of ['a', 'b', 'c'])
			await ok('round', 'review', '--id', 'h', '--expert', expert, '--verdict', 'sound', ...server);
		await ok('round', 'close-review', '--id', 'h', ...server);
		const pool = file(
			'pool.json',
			Array.from({ length: 20 }, (_, i) => ({ id: `p${i}` }))
		);
		await ok('round', 'commit-panel', '--id', 'h', '--pool', pool, ...server);
		for (const party of ['anna', 'boris'])
			await ok(
				'round',
				'commit-seed',
				'--id',
				'h',
				'--party',
				party,
				'--hash',
				sha(`${party}-dice`),
				...server
			);
		const opened = await ok(
			'round',
			'open-vote',
			'--id',
			'h',
			'--reveal',
			'anna=anna-dice,boris=boris-dice',
			...server
		);
		expect(opened).not.toMatch(/invitation codes written/);
		expect(opened).toMatch(/stage 0 is the encrypted election h\/stage-0; its panel \(6\)/);
		const panelFile = at('server/panels/h-stage-0.json');
		const panel = JSON.parse(readFileSync(panelFile, 'utf8')) as string[];

		// The credential authority and three trustees (2 of 3), each on their own machine.
		const { codes, commitments, credentials, keys } = await runElectionSetUp({
			election: 'h/stage-0',
			panelFile,
			dir,
			publicUrl: 'https://vote.example.org/',
			trustees: 3,
			threshold: 2
		});

		const wrongList = file('wrong.json', {
			...JSON.parse(readFileSync(credentials, 'utf8')),
			panelists: [...panel.slice(1), 'p99']
		});
		const refused = await runInProcess([
			'round',
			'open-election',
			'--id',
			'h',
			'--commitments',
			commitments,
			'--credentials',
			wrongList,
			...server
		]);
		expect(refused.err).toMatch(/credential list is for 6 panelists, not the stage's panel of 6/);
		expect(
			await ok(
				'round',
				'open-election',
				'--id',
				'h',
				'--commitments',
				commitments,
				'--credentials',
				credentials,
				...server
			)
		).toMatch(
			/election h\/stage-0 open: equity-first, reserve-keeping, quinoa-substitution, contest; 2 of 3 trustees, 6 credentials/
		);

		const choices = [
			'equity-first',
			'equity-first',
			'equity-first',
			'quinoa-substitution',
			'contest',
			'equity-first'
		];
		for (const [i, p] of panel.entries())
			await ok(
				'election',
				'cast',
				'--election',
				'h/stage-0',
				'--code',
				codes.get(p)!,
				'--choice',
				choices[i]!,
				...server
			);
		// Everyone voted: the close closes the box at once, and waits for the trustees.
		const waiting = await runInProcess(['round', 'close-vote', '--id', 'h', ...server]);
		expect(waiting.err).toMatch(/h\/stage-0 is closed; its result waits for the trustees/);
		await ok('election', 'export', '--election', 'h/stage-0', '--out', at('closed.json'), ...server);
		for (const j of [1, 3])
			await ok(
				'election',
				'decrypt',
				'--key',
				keys[j - 1]!,
				'--record',
				at('closed.json'),
				'--out',
				at(`partial-${j}.json`)
			);
		await ok(
			'election',
			'tally',
			'--election',
			'h/stage-0',
			'--partials',
			[1, 3].map((j) => at(`partial-${j}.json`)).join(','),
			...server
		);

		const closed = await ok('round', 'close-vote', '--id', 'h', ...server);
		expect(closed).toMatch(/round h: adopted/);
		expect(closed).toMatch(/"scenarioId":"equity-first","share":0\.6666666666666666/);
		const show = JSON.parse(await ok('round', 'show', '--id', 'h', ...server));
		expect(show).toMatchObject({
			audit: { status: 'intact' },
			record: { status: 'consistent' },
			ballots: [],
			tallies: [{ votesCast: 6, contest: 1, scenarios: [{ votes: 4 }, { votes: 0 }, { votes: 1 }] }]
		});
		const verified = await runInProcess([
			'verify',
			'election',
			'--ledger',
			at('server/ledger.sqlite'),
			'--election',
			'h/stage-0'
		]);
		expect(verified.out).toMatch(/verified: 6 ballots counted/);
	});
});
