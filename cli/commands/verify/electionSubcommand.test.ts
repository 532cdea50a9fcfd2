import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seededBytes, type ElectionRecord } from '../../../scenarios/ballot/election/index.js';
import { testElection } from '../../../scenarios/ballot/election/testElection.js';
import { runInProcess } from '../../runInProcess.js';

const dir = mkdtempSync(join(tmpdir(), 'ros-verify-election-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function record(): ElectionRecord {
	const options = ['a', 'b', 'contest'];
	const t = testElection(
		{ id: 'r9/stage-0', options, voters: 4, trustees: 3, threshold: 2 },
		seededBytes('cli-election')
	);
	return t.publish(
		[0, 1, 0, 2].map((choice, voter) => t.ballot(voter, choice)),
		[1, 3]
	);
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
