import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	combineDecryptions,
	electionHash,
	encryptBallot,
	encryptedTotals,
	issueCredentials,
	partialDecrypt,
	seededBytes,
	setUpElection,
	type ElectionRecord
} from '../../../scenarios/ballot/election/index.js';
import { runInProcess } from '../../runInProcess.js';

const dir = mkdtempSync(join(tmpdir(), 'ros-verify-election-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function record(): ElectionRecord {
	const random = seededBytes('cli-election');
	const voters = issueCredentials(4, random);
	const { manifest, keyShares } = setUpElection(
		{
			id: 'r9/stage-0',
			options: ['a', 'b', 'contest'],
			trustees: 3,
			threshold: 2,
			credentials: voters.map((v) => v.publicKey),
			maxVotes: 4
		},
		random
	);
	const election = electionHash(manifest);
	const ballots = [0, 1, 0, 2].map((c, i) => encryptBallot(manifest, election, c, voters[i]!.secret, random));
	const totals = encryptedTotals(manifest, ballots);
	const decryptions = [1, 3].map((t) =>
		partialDecrypt(manifest, totals.totals, t, keyShares.get(t)!, random)
	);
	const result = combineDecryptions(manifest, totals.totals, decryptions) as number[];
	return { manifest, ballots, decryptions, result };
}

const write = (name: string, value: unknown) => {
	const path = join(dir, name);
	writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
	return path;
};

describe('resourceos verify election', () => {
	const good = record();

	it('verifies a published record and prints the result', async () => {
		const { code, out } = await runInProcess(['verify', 'election', '--record', write('good.json', good)]);
		expect(code).toBe(0);
		expect(out).toMatch(
			/verified: 4 ballots counted \(0 replaced by a later ballot\); result a 2, b 1, contest 1/
		);
		expect(out).toContain(
			`credential list signed by the credential authority ${good.manifest.authority.publicKey}`
		);
	});

	it('fails a record whose published result was changed, naming the option', async () => {
		const path = write('changed.json', { ...good, result: [1, 2, 1] });
		const { code, out } = await runInProcess(['verify', 'election', '--record', path]);
		expect(code).toBe(1);
		expect(out).toMatch(/FAIL {2}option 1: published 1, the decryption gives 2/);
		expect(out).toMatch(/NOT verified/);
	});

	it('refuses a malformed record naming the field and the value', async () => {
		const bad = { ...good, ballots: [{ ...good.ballots[0]!, signature: 'xyz' }] };
		const { code, err } = await runInProcess(['verify', 'election', '--record', write('bad.json', bad)]);
		expect(code).toBe(2);
		expect(err).toMatch(/ballots\.0\.signature: should be 64 bytes of lower-case hex, got "xyz"/);
	});

	it('refuses an unknown flag', async () => {
		const { code, err } = await runInProcess(['verify', 'election', '--record', 'x', '--fast']);
		expect(code).toBe(2);
		expect(err).toMatch(/fast/);
	});
});
