import { describe, expect, it } from 'vitest';
import {
	electionHash,
	encryptBallot,
	issueCredentials,
	partialDecrypt,
	encryptedTotals,
	seededBytes,
	verifyElection
} from '../../../scenarios/ballot/election/index.js';
import { testElection } from '../../../scenarios/ballot/election/testElection.js';
import type { AuditEntry } from '../types.js';
import { openLedger } from '../openLedger.js';
import { electionLedger, exportElection } from './electionLedger.js';
import { readElection } from './readElection.js';

const random = seededBytes('election-ledger');
const { manifest, keyShares, ballot } = testElection(
	{ id: 'r5/stage-0', options: ['a', 'b', 'contest'], voters: 3, trustees: 3, threshold: 2 },
	random
);

describe('an encrypted election in the audit log', () => {
	const ledger = openLedger(':memory:');
	const elections = electionLedger(ledger);

	it('chains the manifest, the ballots, the close, the decryptions and the result; the export verifies', () => {
		const padded = { ...manifest, credentials: [...manifest.credentials, manifest.publicKey].sort() };
		expect(elections.publish(padded, 1)).toMatchObject({
			status: 'refused',
			reason: 'the credential list is not signed by the credential authority it names'
		});
		expect(elections.publish(manifest, 1)).toEqual({ status: 'done', election: 'r5/stage-0' });
		expect(elections.publish(manifest, 1)).toMatchObject({
			status: 'refused',
			reason: 'r5/stage-0 is already published'
		});
		const first = ballot(0, 0);
		expect(elections.cast('r5/stage-0', first, 2)).toMatchObject({ status: 'done' });
		expect(elections.cast('r5/stage-0', first, 2)).toMatchObject({
			status: 'refused',
			reason: expect.stringMatching(/replay/)
		});
		elections.cast('r5/stage-0', ballot(1, 1), 3);
		elections.cast('r5/stage-0', ballot(0, 1), 4);
		const stranger = encryptBallot(
			manifest,
			electionHash(manifest),
			2,
			issueCredentials(1, random)[0]!.secret,
			random
		);
		expect(elections.cast('r5/stage-0', stranger, 5)).toMatchObject({
			status: 'refused',
			reason: expect.stringMatching(/not a published credential/)
		});
		expect(elections.close('r5/stage-0', 6)).toEqual({ status: 'done', ballots: 3 });
		const state = elections.read('r5/stage-0')!;
		const totals = encryptedTotals(manifest, state.ballots).totals;
		const partials = [1, 3].map((t) => partialDecrypt(manifest, totals, t, keyShares.get(t)!, random));
		expect(elections.decrypt('r5/stage-0', partials, 7)).toEqual({
			status: 'done',
			result: [0, 2, 0],
			refused: []
		});
		const record = exportElection(elections.read('r5/stage-0')!);
		expect(verifyElection(record)).toEqual({ status: 'valid', counted: 2, replaced: 1, result: [0, 2, 0] });
		expect(ledger.verify().status).toBe('intact');
		expect(ledger.checkRecord().status).toBe('consistent');
	});

	it('names a receipt that is not its ballot’s hash and a box whose close count disagrees', () => {
		const entries = ledger.audit('r5');
		const edited: AuditEntry[] = entries.map((e) =>
			e.kind === 'encrypted-ballot' && e.seq === entries.find((x) => x.kind === 'encrypted-ballot')!.seq
				? { ...e, payload: e.payload.replace(/"receipt":"[0-9a-f]{4}/, '"receipt":"0000') }
				: e
		);
		const dropped = entries.filter((e) => e.seq !== entries.find((x) => x.kind === 'encrypted-ballot')!.seq);
		expect(readElection(edited, 'r5/stage-0')!.problems).toEqual([
			expect.stringMatching(/the receipt is not the hash of the ballot/)
		]);
		expect(readElection(dropped, 'r5/stage-0')!.problems).toEqual([
			expect.stringMatching(/closed with 3 ballots, the log holds 2/)
		]);
	});
});
