import { describe, expect, it } from 'vitest';
import { openLedger } from '../../../../data/ledger/index.js';
import { electionLedger } from '../../../../data/ledger/election/index.js';
import {
	electionHash,
	encryptBallot,
	issueCredentials,
	seededBytes,
	setUpElection
} from '../../../../scenarios/ballot/election/index.js';
import type { AppContext } from '../context.js';
import { castSealedBallot } from './castSealedBallot.js';

describe('castSealedBallot: the form the ballot page posts', () => {
	const random = seededBytes('sealed-form');
	const voters = issueCredentials(2, random);
	const { manifest } = setUpElection(
		{
			id: 'r2/stage-0',
			options: ['a', 'contest'],
			trustees: 1,
			threshold: 1,
			credentials: voters.map((v) => v.publicKey),
			maxVotes: 2
		},
		random
	);
	const elections = electionLedger(openLedger(':memory:'));
	elections.publish(manifest, 0);
	const app = { elections, now: () => 1 } as unknown as AppContext;
	const ballot = encryptBallot(manifest, electionHash(manifest), 1, voters[0]!.secret, random);

	it('accepts a signed ballot and answers with its receipt', () => {
		expect(castSealedBallot(app, 'r2/stage-0', { ballot: JSON.stringify(ballot) })).toMatchObject({
			status: 'cast',
			receipt: expect.stringMatching(/^[0-9a-f]{64}$/)
		});
	});

	it('refuses text that is not JSON, a ballot missing a field, and an unknown form field, naming each', () => {
		expect(castSealedBallot(app, 'r2/stage-0', { ballot: '{oops' })).toMatchObject({
			status: 'refused',
			reason: expect.stringMatching(/ballot: should be JSON/)
		});
		const { signature: _, ...unsigned } = ballot;
		expect(castSealedBallot(app, 'r2/stage-0', { ballot: JSON.stringify(unsigned) })).toMatchObject({
			status: 'refused',
			reason: expect.stringMatching(/ballot\.signature/)
		});
		expect(
			castSealedBallot(app, 'r2/stage-0', { ballot: JSON.stringify(ballot), choice: 'a' })
		).toMatchObject({
			status: 'refused',
			reason: expect.stringMatching(/choice/)
		});
	});

	it('refuses the same ballot twice (a replay) and a ballot for an election that does not exist', () => {
		expect(castSealedBallot(app, 'r2/stage-0', { ballot: JSON.stringify(ballot) })).toMatchObject({
			status: 'refused',
			reason: expect.stringMatching(/replay/)
		});
		expect(castSealedBallot(app, 'r9/stage-0', { ballot: JSON.stringify(ballot) })).toEqual({
			status: 'refused',
			reason: 'no election r9/stage-0'
		});
	});
});
