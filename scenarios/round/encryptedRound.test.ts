import { describe, expect, it } from 'vitest';
import { electionLedger, exportElection } from '../../data/ledger/election/index.js';
import {
	electionHash,
	encryptBallot,
	encryptedTotals,
	issueCredentials,
	partialDecrypt,
	seededBytes,
	setUpElection,
	verifyElection
} from '../ballot/election/index.js';
import { openTestVote, testDesk } from './testDesk.js';
import type { RoundDesk } from './createRoundDesk.js';

const random = seededBytes('encrypted-round');

/**
 * The credential authority and five trustees (3 of 5) for the round's open stage, as `election
 * credentials`, `deal` and `key` make them; the desk checks and publishes the manifest.
 */
function openElection(desk: RoundDesk, id: string) {
	const round = desk.round(id)!;
	const stage = round.stages.at(-1)!;
	const panel = [...round.panel!.members, ...round.panel!.invited];
	const credentials = issueCredentials(panel.length, random);
	const { manifest, keyShares } = setUpElection(
		{
			id: stage.election!,
			options: [...stage.choices, 'contest'],
			trustees: 5,
			threshold: 3,
			credentials: credentials.map((c) => c.publicKey),
			maxVotes: panel.length
		},
		random
	);
	const opened = desk.openElection(id, manifest, panel);
	expect(opened).toMatchObject({ ok: true });
	const vote = (voter: number, option: string) =>
		encryptBallot(
			manifest,
			electionHash(manifest),
			manifest.options.indexOf(option),
			credentials[voter]!.secret,
			random
		);
	return { manifest, keyShares, vote, panel };
}

describe('a decision round whose vote is an encrypted election', () => {
	it('opens the stage’s election, closes it at the deadline, and adopts from the trustees’ decrypted result; the whole panel gets the points', async () => {
		const { desk, ledger, clock, advanceDays } = testDesk();
		const elections = electionLedger(ledger);
		expect(await openTestVote(desk, 'r1', 'encrypted')).toEqual([]);
		const round = desk.round('r1')!;
		expect(round.stages[0]!.election).toBe('r1/stage-0');
		const { manifest, keyShares, vote, panel } = openElection(desk, 'r1');
		expect(manifest.options).toEqual(['equity-first', 'quinoa-substitution', 'contest']);
		const choices = [
			'equity-first',
			'equity-first',
			'equity-first',
			'equity-first',
			'equity-first',
			'quinoa-substitution',
			'quinoa-substitution',
			'contest'
		];
		choices.forEach((c, i) =>
			expect(elections.cast('r1/stage-0', vote(i, c), clock.now)).toMatchObject({ status: 'done' })
		);
		// Panelist 6 changes their mind before the close: the revote replaces the earlier ballot.
		expect(elections.cast('r1/stage-0', vote(6, 'equity-first'), clock.now)).toMatchObject({
			status: 'done'
		});

		expect(desk.act('r1', { kind: 'close-vote' })).toMatchObject({
			ok: false,
			error: { code: 'too-early', message: expect.stringMatching(/8 of 10 panelists have voted/) }
		});
		advanceDays(8);
		expect(desk.act('r1', { kind: 'close-vote' })).toMatchObject({
			ok: false,
			error: {
				code: 'too-early',
				message: expect.stringMatching(/closed; its result waits for the trustees/)
			}
		});
		expect(elections.cast('r1/stage-0', vote(9, 'contest'), clock.now)).toMatchObject({
			status: 'refused',
			reason: 'r1/stage-0 is closed'
		});

		const totals = encryptedTotals(manifest, elections.read('r1/stage-0')!.ballots).totals;
		const partials = [1, 3, 5].map((t) => partialDecrypt(manifest, totals, t, keyShares.get(t)!, random));
		expect(elections.decrypt('r1/stage-0', partials, clock.now)).toMatchObject({ result: [6, 1, 1] });

		const closed = desk.act('r1', { kind: 'close-vote' });
		expect(closed).toMatchObject({
			ok: true,
			round: {
				state: 'adopted',
				outcome: { kind: 'adopted', scenarioId: 'equity-first', share: 6 / 8, byLot: false },
				tallies: [{ stage: 0, votesCast: 8, contest: 1, contestReasons: [] }]
			}
		});
		// Nobody can tell which panelists voted, so each of the ten is credited; the reserves are not.
		for (const p of panel) expect(ledger.points(p).filter((e) => e.round === 'r1')).toHaveLength(1);
		for (const p of round.panel!.reserves) expect(ledger.points(p)).toEqual([]);
		expect(desk.ballots('r1')).toEqual([]);
		expect(verifyElection(exportElection(elections.read('r1/stage-0')!))).toEqual({
			status: 'valid',
			counted: 8,
			replaced: 1,
			result: [6, 1, 1]
		});
		expect(ledger.verify().status).toBe('intact');
		expect(ledger.checkRecord().status).toBe('consistent');
	});

	it('a tie opens an encrypted run-off (a new election), where contest ≥ 66% forces a recalculation', async () => {
		const { desk, ledger, clock, advanceDays } = testDesk();
		const elections = electionLedger(ledger);
		await openTestVote(desk, 'r2', 'encrypted');
		const first = openElection(desk, 'r2');
		const votes = ['equity-first', 'quinoa-substitution'];
		for (let i = 0; i < 10; i++) elections.cast('r2/stage-0', first.vote(i, votes[i % 2]!), clock.now);
		// Every panelist has voted: the close needs no deadline.
		const decrypt = (e: typeof first, id: string) => {
			const totals = encryptedTotals(e.manifest, elections.read(id)!.ballots).totals;
			return elections.decrypt(
				id,
				[2, 4, 5].map((t) => partialDecrypt(e.manifest, totals, t, e.keyShares.get(t)!, random)),
				clock.now
			);
		};
		expect(desk.act('r2', { kind: 'close-vote' })).toMatchObject({ ok: false, error: { code: 'too-early' } });
		expect(decrypt(first, 'r2/stage-0')).toMatchObject({ result: [5, 5, 0] });
		const runoff = desk.act('r2', { kind: 'close-vote' });
		expect(runoff).toMatchObject({ ok: true, invitations: [], round: { state: 'panel-vote' } });
		expect(desk.round('r2')!.stages[1]).toMatchObject({ kind: 'runoff', election: 'r2/stage-1' });

		const second = openElection(desk, 'r2');
		for (let i = 0; i < 9; i++)
			elections.cast('r2/stage-1', second.vote(i, i < 7 ? 'contest' : 'equity-first'), clock.now);
		advanceDays(8);
		desk.act('r2', { kind: 'close-vote' });
		expect(decrypt(second, 'r2/stage-1')).toMatchObject({ result: [2, 0, 7] });
		expect(desk.act('r2', { kind: 'close-vote' })).toMatchObject({
			ok: true,
			round: { state: 'recalculation', outcome: { kind: 'recalculation', share: 7 / 9, reasons: [] } }
		});
		expect(ledger.checkRecord().status).toBe('consistent');
	});

	it('a missed quorum returns the round (reserves cannot join a published credential list)', async () => {
		const { desk, ledger, clock, advanceDays } = testDesk();
		const elections = electionLedger(ledger);
		await openTestVote(desk, 'r3', 'encrypted');
		const e = openElection(desk, 'r3');
		for (let i = 0; i < 4; i++) elections.cast('r3/stage-0', e.vote(i, 'equity-first'), clock.now);
		advanceDays(8);
		desk.act('r3', { kind: 'close-vote' });
		const totals = encryptedTotals(e.manifest, elections.read('r3/stage-0')!.ballots).totals;
		elections.decrypt(
			'r3/stage-0',
			[1, 2, 3].map((t) => partialDecrypt(e.manifest, totals, t, e.keyShares.get(t)!, random)),
			clock.now
		);
		expect(desk.act('r3', { kind: 'close-vote' })).toMatchObject({
			ok: true,
			round: { state: 'returned', outcome: { reasons: [{ kind: 'no-quorum', votesCast: 4, needed: 5 }] } }
		});
	});

	it('refuses a manifest that is not the stage’s: another panel, other options, a plain round', async () => {
		const { desk } = testDesk();
		await openTestVote(desk, 'r4', 'encrypted');
		const round = desk.round('r4')!;
		const panel = round.panel!.members;
		const credentials = issueCredentials(panel.length, random).map((c) => c.publicKey);
		const setUp = (options: string[]) =>
			setUpElection(
				{ id: 'r4/stage-0', options, trustees: 3, threshold: 2, credentials, maxVotes: panel.length },
				random
			).manifest;
		const good = setUp(['equity-first', 'quinoa-substitution', 'contest']);
		const swapped = [...panel.slice(1), round.panel!.reserves[0]!];
		expect(desk.openElection('r4', good, swapped)).toMatchObject({
			ok: false,
			error: { message: expect.stringMatching(/credential list is for 10 panelists, not the stage's panel/) }
		});
		expect(desk.openElection('r4', setUp(['equity-first', 'contest']), panel)).toMatchObject({
			ok: false,
			error: { message: expect.stringMatching(/options are equity-first,contest, not the stage's/) }
		});
		await openTestVote(desk, 'plain');
		expect(desk.openElection('plain', good, panel)).toMatchObject({
			ok: false,
			error: { message: expect.stringMatching(/round plain has no encrypted ballot open/) }
		});
		expect(desk.openElection('r4', good, panel)).toMatchObject({ ok: true });
	});

	it('will not count an election whose manifest was chained past the round’s checks with extra credentials', async () => {
		const { desk, ledger, advanceDays } = testDesk();
		await openTestVote(desk, 'r5', 'encrypted');
		const round = desk.round('r5')!;
		// Twelve keys for a panel of ten: whoever holds the two extra could stuff the box.
		const credentials = issueCredentials(12, random).map((c) => c.publicKey);
		const { manifest } = setUpElection(
			{
				id: 'r5/stage-0',
				options: [...round.stages[0]!.choices, 'contest'],
				trustees: 3,
				threshold: 2,
				credentials,
				maxVotes: 12
			},
			random
		);
		expect(electionLedger(ledger).publish(manifest, 0)).toMatchObject({ status: 'done' });
		advanceDays(8);
		expect(desk.act('r5', { kind: 'close-vote' })).toMatchObject({
			ok: false,
			error: {
				code: 'rejected',
				message: expect.stringMatching(/publishes 12 credentials for a panel of 10/)
			}
		});
	});
});
