import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../../runInProcess.js';
import { runCasts } from '../election/runCasts.js';
import { runDecryptions } from '../election/runDecryptions.js';
import { runElectionSetUp } from '../election/runElectionSetUp.js';
import { runRoundToVote } from './runRoundToVote.js';

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

describe('a round whose vote is an encrypted election, through the CLI', () => {
	it('open-vote (encrypted by default), credential authority, trustees, open-election, kiosk ballots, close, decryption, adoption', async () => {
		const { opened, panelFile, panel } = await runRoundToVote({
			id: 'h',
			dataDir: at('server'),
			dir,
			panelSize: 6,
			poolSize: 20
		});
		expect(opened).not.toMatch(/invitation codes written/);
		expect(opened).toMatch(/stage 0 is the encrypted election h\/stage-0; its panel \(6\)/);

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
		const openElection = (list: string) =>
			runInProcess([
				'round',
				'open-election',
				'--id',
				'h',
				'--commitments',
				commitments,
				'--credentials',
				list,
				...server
			]);
		const refused = await openElection(wrongList);
		expect(refused.err).toMatch(/credential list is for 6 panelists, not the stage's panel of 6/);
		const electionOpened = await openElection(credentials);
		expect(electionOpened.err).toBe('');
		expect(electionOpened.out).toMatch(
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
		await runCasts({ election: 'h/stage-0', panel, codes, choices, dataDir: at('server') });
		// Everyone voted: the close closes the box at once, and waits for the trustees.
		const waiting = await runInProcess(['round', 'close-vote', '--id', 'h', ...server]);
		expect(waiting.err).toMatch(/h\/stage-0 is closed; its result waits for the trustees/);
		await ok('election', 'export', '--election', 'h/stage-0', '--out', at('closed.json'), ...server);
		const partials = await runDecryptions({
			keys,
			trustees: [1, 3],
			record: at('closed.json'),
			partialFile: (j) => at(`partial-${j}.json`)
		});
		await ok('election', 'tally', '--election', 'h/stage-0', '--partials', partials, ...server);

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
