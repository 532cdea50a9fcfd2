import { describe, expect, it } from 'vitest';
import { ballotDefaults } from './ballotDefaults.js';
import { decideVote } from './decideVote.js';
import type { Tally } from './types.js';

const tally = (votes: Record<string, number>, contest = 0, stage = 0): Tally => ({
	stage,
	votesCast: Object.values(votes).reduce((a, b) => a + b, 0) + contest,
	contest,
	scenarios: Object.entries(votes).map(([scenarioId, v]) => ({ scenarioId, votes: v })),
	contestReasons: Array.from({ length: contest }, () => 'stale data')
});
const first = { seed: 's', panelSize: 20, runoff: false };

describe('decideVote', () => {
	it('needs at least half of the panel to vote', () => {
		expect(decideVote(tally({ a: 9 }), ballotDefaults, first)).toEqual({
			kind: 'no-quorum',
			votesCast: 9,
			needed: 10
		});
		expect(decideVote(tally({ a: 10 }), ballotDefaults, first).kind).toBe('adopt');
	});

	it('forces a recalculation at 66% contest, not at 65%', () => {
		expect(decideVote(tally({ a: 34 }, 66), ballotDefaults, { ...first, panelSize: 100 })).toMatchObject({
			kind: 'recalculate',
			share: 0.66
		});
		expect(decideVote(tally({ a: 20, b: 15 }, 65), ballotDefaults, { ...first, panelSize: 100 }).kind).toBe(
			'runoff'
		);
	});

	it('adopts with more than half of votes cast (contests count as cast), never with exactly half', () => {
		expect(decideVote(tally({ a: 6, b: 3 }, 2), ballotDefaults, first)).toMatchObject({
			kind: 'adopt',
			scenarioId: 'a'
		});
		expect(decideVote(tally({ a: 5, b: 3 }, 2), ballotDefaults, first)).toEqual({
			kind: 'runoff',
			between: ['a', 'b'],
			byLot: false
		});
	});

	it('settles a tie for second place by the public lot, the same way every time, or returns it', () => {
		const t = tally({ a: 5, b: 3, c: 3 });
		const once = decideVote(t, ballotDefaults, first);
		expect(once).toMatchObject({ kind: 'runoff', byLot: true });
		expect(decideVote(t, ballotDefaults, first)).toEqual(once);
		expect(decideVote(t, { ...ballotDefaults, tie: 'return' }, first)).toEqual({
			kind: 'tie',
			between: ['b', 'c']
		});
	});

	it('in the run-off the one with more votes wins; a tie goes by lot or back', () => {
		const run = { ...first, runoff: true };
		expect(decideVote(tally({ a: 4, b: 7 }, 0, 1), ballotDefaults, run)).toMatchObject({
			kind: 'adopt',
			scenarioId: 'b',
			byLot: false
		});
		expect(decideVote(tally({ a: 6, b: 6 }, 0, 1), ballotDefaults, run)).toMatchObject({
			kind: 'adopt',
			byLot: true
		});
		expect(decideVote(tally({ a: 6, b: 6 }, 0, 1), { ...ballotDefaults, tie: 'return' }, run)).toEqual({
			kind: 'tie',
			between: ['a', 'b']
		});
	});

	it('returns the round when a lone scenario lacks a majority (no one to run off against)', () => {
		expect(decideVote(tally({ a: 5 }, 5), ballotDefaults, first)).toEqual({ kind: 'tie', between: ['a'] });
	});
});
