import { describe, expect, it } from 'vitest';
import type { BallotChoice } from '../ballot/types.js';
import { ballotDefaults } from '../ballot/ballotDefaults.js';
import { openTestVote, testDesk } from './testDesk.js';

const quinoa: BallotChoice = { kind: 'scenario', scenarioId: 'quinoa-substitution' };
const equity: BallotChoice = { kind: 'scenario', scenarioId: 'equity-first' };
const contest: BallotChoice = { kind: 'contest', reason: 'The forecast behind every scenario is stale' };

/** A round of a 10-person panel where the i-th panelist casts `choices[i]` (fewer choices: the rest abstain), closed at the deadline. */
async function vote(choices: readonly BallotChoice[], options = {}) {
	const t = testDesk(options);
	const invitations = await openTestVote(t.desk);
	choices.forEach((choice, i) => expect(t.desk.cast(invitations[i]!.code, choice).ok).toBe(true));
	t.advanceDays(8);
	const closed = t.desk.act('r1', { kind: 'close-vote' });
	if (!closed.ok) throw new Error(closed.error.message);
	return { ...t, closed };
}

describe('the panel vote rules, end to end (and recounted by the record check)', () => {
	it('forces a recalculation at 66% contest of votes cast (4 of 6), not at 60% (6 of 10)', async () => {
		const at67 = await vote([contest, contest, contest, contest, quinoa, equity]);
		expect(at67.closed.round.state).toBe('recalculation');
		expect(at67.closed.round.outcome).toMatchObject({ kind: 'recalculation', share: 4 / 6 });
		expect(at67.ledger.checkRecord()).toMatchObject({ status: 'consistent' });

		const at60 = await vote([...Array<BallotChoice>(6).fill(contest), quinoa, quinoa, quinoa, equity]);
		expect(at60.closed.round.state).toBe('panel-vote'); // no majority either: a run-off
		expect(at60.closed.round.stages[1]).toMatchObject({ kind: 'runoff' });
	});

	it('runs off 5 / 4 / 1 contest (5 of 10 is not more than half); a tied run-off goes by the public lot', async () => {
		const { desk, ledger, closed, advanceDays } = await vote([
			...Array<BallotChoice>(5).fill(quinoa),
			...Array<BallotChoice>(4).fill(equity),
			contest
		]);
		expect(closed.round.stages[1]).toMatchObject({
			kind: 'runoff',
			choices: ['quinoa-substitution', 'equity-first']
		});
		closed.invitations.forEach(({ code }, i) =>
			expect(desk.cast(code, i < 5 ? quinoa : equity).ok).toBe(true)
		);
		advanceDays(8);
		const runoff = desk.act('r1', { kind: 'close-vote' });
		expect(runoff.ok && runoff.round.outcome).toMatchObject({ kind: 'adopted', share: 0.5, byLot: true });
		// The lot is recomputable: the record check redraws it from the round's seed and agrees.
		expect(ledger.checkRecord()).toMatchObject({ status: 'consistent', ballots: 20 });
	});

	it('returns the round on a tied run-off when the rules say so', async () => {
		const { desk, closed, advanceDays } = await vote(
			[...Array<BallotChoice>(5).fill(quinoa), ...Array<BallotChoice>(4).fill(equity), contest],
			{ ballot: { ...ballotDefaults, tie: 'return' } }
		);
		closed.invitations.forEach(({ code }, i) => desk.cast(code, i < 5 ? quinoa : equity));
		advanceDays(8);
		const runoff = desk.act('r1', { kind: 'close-vote' });
		expect(runoff.ok && runoff.round).toMatchObject({
			state: 'returned',
			outcome: {
				kind: 'returned',
				reasons: [{ kind: 'tie', between: ['quinoa-substitution', 'equity-first'] }]
			}
		});
	});
});
