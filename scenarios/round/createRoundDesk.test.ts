import { describe, expect, it } from 'vitest';
import { ballotReceipt } from '../ballot/ballotReceipt.js';
import { harvestShortfall, demoPool } from './cases/loadCases.js';
import type { RoundDesk } from './createRoundDesk.js';
import { dueActions } from './dueActions.js';
import { testDesk } from './testDesk.js';

const ids = harvestShortfall.map((s) => s.id);
const sound = (expertId: string) => ({
	expertId,
	verdicts: ids.map((scenarioId) => ({ scenarioId, verdict: 'sound' as const, comment: '' }))
});

/** Takes a fresh round through review and ethics to an open vote; returns the invitation codes. */
async function toVote(desk: RoundDesk, id = 'r1', strike = true) {
	expect(desk.create({ id, scenarios: harvestShortfall }).ok).toBe(true);
	const opened = desk.act(id, { kind: 'open-review' });
	if (!opened.ok) throw new Error(opened.error.message);
	for (const expertId of opened.round.reviewers)
		expect(desk.act(id, { kind: 'submit-review', review: sound(expertId) }).ok).toBe(true);
	expect(desk.act(id, { kind: 'close-review' }).ok).toBe(true);
	if (strike)
		expect(
			desk.act(id, {
				kind: 'strike',
				scenarioId: 'reserve-keeping',
				by: 'ethics-1',
				reason: 'Cuts the wheat norm below the medical minimum for children'
			}).ok
		).toBe(true);
	expect((await desk.commitPanel(id, demoPool(30, 6))).ok).toBe(true);
	const vote = await desk.openVote(id);
	if (!vote.ok) throw new Error(vote.error.message);
	return vote.invitations.map((i) => i.code);
}

describe('a decision round, end to end', () => {
	it('goes from proposal to adoption, writes the quotas and a verifiable audit log', async () => {
		const { desk, ledger, advanceDays } = testDesk();
		const codes = await toVote(desk);
		expect(codes).toHaveLength(10);
		const receipts: string[] = [];
		for (const [i, code] of codes.slice(0, 7).entries()) {
			const cast = desk.cast(
				code,
				i < 5
					? { kind: 'scenario', scenarioId: 'quinoa-substitution' }
					: { kind: 'scenario', scenarioId: 'equity-first' }
			);
			if (!cast.ok) throw new Error(JSON.stringify(cast.refusal));
			receipts.push(cast.ballot.receipt);
		}
		advanceDays(8);
		const closed = desk.act('r1', { kind: 'close-vote' });
		expect(closed.ok && closed.round.state).toBe('adopted');
		expect(closed.ok && closed.round.outcome).toMatchObject({
			kind: 'adopted',
			scenarioId: 'quinoa-substitution',
			byLot: false
		});
		expect(closed.ok && closed.round.tallies[0]).toMatchObject({
			votesCast: 7,
			contest: 0,
			scenarios: [
				{ scenarioId: 'equity-first', votes: 2 },
				{ scenarioId: 'quinoa-substitution', votes: 5 }
			]
		});

		// The receipts are in the published ballot list, and each one recomputes from the published ballot.
		const published = desk.ballots('r1');
		expect(published.map((b) => b.receipt).sort()).toEqual([...receipts].sort());
		for (const b of published) expect(ballotReceipt(b)).toBe(b.receipt);
		expect(JSON.stringify(published)).not.toMatch(/v00\d\d/); // no voter in the ballot list

		expect(ledger.adoptedPlan()).toMatchObject({ round: 'r1', scenario: 'quinoa-substitution' });
		expect(
			ledger.quotas().find((q) => q.resource === 'quinoa' && q.region === 'north')?.perPersonPerDay
		).toBe(0.1);
		const voters = ledger.participants('r1');
		expect(voters).toHaveLength(7);
		expect(ledger.balance(voters[0]!)).toBe(150);
		expect(ledger.verify()).toMatchObject({ status: 'intact' });
		const kinds = ledger.audit('r1').map((e) => e.kind);
		for (const k of [
			'round-created',
			'reviewers-drawn',
			'review',
			'review-closed',
			'strike',
			'panel-committed',
			'panel-revealed',
			'credentials-issued',
			'ballot',
			'tally',
			'adopted',
			'quotas',
			'points'
		])
			expect(kinds).toContain(k);
		expect(kinds.indexOf('panel-committed')).toBeLessThan(kinds.indexOf('panel-revealed'));
	});

	it('refuses a second vote, a replayed credential, a stranger and a vote after close', async () => {
		const { desk, advanceDays } = testDesk();
		const codes = await toVote(desk);
		const [a, b] = codes;
		expect(desk.cast(a!, { kind: 'scenario', scenarioId: 'equity-first' }).ok).toBe(true);
		expect(desk.cast(a!, { kind: 'scenario', scenarioId: 'quinoa-substitution' })).toEqual({
			ok: false,
			refusal: { status: 'credential-used' }
		});
		// The same code typed differently (lower case, spaces) is the same credential.
		expect(
			desk.cast(a!.toLowerCase().replace(/-/g, ' '), {
				kind: 'contest',
				reason: 'I want to vote twice, please'
			})
		).toEqual({ ok: false, refusal: { status: 'credential-used' } });
		expect(
			desk.cast('ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-Z', { kind: 'scenario', scenarioId: 'equity-first' })
		).toEqual({ ok: false, refusal: { status: 'unknown-credential' } });
		expect(desk.cast(b!, { kind: 'scenario', scenarioId: 'reserve-keeping' })).toMatchObject({
			ok: false,
			refusal: { status: 'not-on-ballot', reason: expect.stringContaining('ethics council') }
		});
		expect(desk.cast(b!, { kind: 'contest', reason: 'no' })).toMatchObject({
			ok: false,
			refusal: { status: 'reason-required' }
		});
		for (const code of codes.slice(2, 6))
			expect(desk.cast(code, { kind: 'scenario', scenarioId: 'equity-first' }).ok).toBe(true);
		advanceDays(8);
		expect(desk.cast(b!, { kind: 'scenario', scenarioId: 'equity-first' })).toMatchObject({
			ok: false,
			refusal: { status: 'past-deadline' }
		});
		expect(desk.act('r1', { kind: 'close-vote' })).toMatchObject({ ok: true, round: { state: 'adopted' } });
		expect(desk.cast(b!, { kind: 'scenario', scenarioId: 'equity-first' })).toEqual({
			ok: false,
			refusal: { status: 'closed', state: 'adopted' }
		});
		expect(desk.ballots('r1')).toHaveLength(5);
	});

	it('a credential of one round cannot vote in another', async () => {
		const { desk } = testDesk();
		const first = await toVote(desk, 'r1');
		await toVote(desk, 'r2');
		const lookup = desk.lookup(first[0]!);
		expect(lookup.ok && lookup.round.id).toBe('r1');
		expect(desk.cast(first[0]!, { kind: 'scenario', scenarioId: 'equity-first' }).ok).toBe(true);
		expect(desk.ballots('r2')).toHaveLength(0);
	});
});

describe('vote rules', () => {
	it('misses the quorum, extends the deadline once and invites reserves; a second miss returns the round', async () => {
		const { desk, advanceDays, ledger } = testDesk();
		const codes = await toVote(desk);
		for (const code of codes.slice(0, 3)) desk.cast(code, { kind: 'scenario', scenarioId: 'equity-first' });
		advanceDays(8);
		const extended = desk.act('r1', { kind: 'close-vote' });
		if (!extended.ok) throw new Error(extended.error.message);
		expect(extended.round.state).toBe('panel-vote');
		expect(extended.round.extended).toBe(true);
		expect(extended.round.panel!.invited).toHaveLength(4); // 7 did not vote, 4 reserves drawn
		expect(extended.invitations.map((i) => i.panelist)).toEqual(extended.round.panel!.invited);
		// An earlier ballot's code still works in the extension; a reserve's vote counts.
		expect(
			desk.cast(extended.invitations[0]!.code, { kind: 'scenario', scenarioId: 'equity-first' }).ok
		).toBe(true);
		advanceDays(4);
		const failed = desk.act('r1', { kind: 'close-vote' });
		expect(failed.ok && failed.round.outcome).toEqual({
			kind: 'returned',
			reasons: [{ kind: 'no-quorum', votesCast: 4, needed: 5 }]
		});
		expect(failed.ok).toBe(true);
		expect(ledger.audit('r1').filter((e) => e.kind === 'vote-extended')).toHaveLength(1);
	});

	it('reaches the quorum with the reserves after an extension and adopts', async () => {
		const { desk, advanceDays } = testDesk();
		const codes = await toVote(desk);
		for (const code of codes.slice(0, 3)) desk.cast(code, { kind: 'scenario', scenarioId: 'equity-first' });
		advanceDays(8);
		const extended = desk.act('r1', { kind: 'close-vote' });
		if (!extended.ok) throw new Error(extended.error.message);
		for (const i of extended.invitations.slice(0, 2))
			desk.cast(i.code, { kind: 'scenario', scenarioId: 'equity-first' });
		advanceDays(4);
		const closed = desk.act('r1', { kind: 'close-vote' });
		expect(closed.ok && closed.round.outcome).toMatchObject({ kind: 'adopted', scenarioId: 'equity-first' });
	});

	it('forces a recalculation when at least 66% of votes cast contest', async () => {
		const { desk, advanceDays } = testDesk();
		const codes = await toVote(desk);
		codes
			.slice(0, 6)
			.forEach((code, i) =>
				desk.cast(
					code,
					i < 4
						? { kind: 'contest', reason: 'The harvest data for the north is a month old' }
						: { kind: 'scenario', scenarioId: 'equity-first' }
				)
			);
		advanceDays(8);
		const closed = desk.act('r1', { kind: 'close-vote' });
		expect(closed.ok && closed.round.state).toBe('recalculation');
		expect(closed.ok && closed.round.outcome).toMatchObject({
			kind: 'recalculation',
			reasons: expect.arrayContaining(['The harvest data for the north is a month old'])
		});
	});

	it('opens a run-off between the two leaders when no one has more than half, with fresh credentials', async () => {
		const { desk, advanceDays } = testDesk();
		const codes = await toVote(desk, 'r1', false);
		const choice = [
			'equity-first',
			'equity-first',
			'equity-first',
			'quinoa-substitution',
			'quinoa-substitution',
			'reserve-keeping',
			'reserve-keeping'
		];
		choice.forEach((scenarioId, i) => desk.cast(codes[i]!, { kind: 'scenario', scenarioId }));
		advanceDays(8);
		const runoff = desk.act('r1', { kind: 'close-vote' });
		if (!runoff.ok) throw new Error(runoff.error.message);
		expect(runoff.round.state).toBe('panel-vote');
		const stage = runoff.round.stages[1]!;
		expect(stage.kind).toBe('runoff');
		expect(stage.choices[0]).toBe('equity-first');
		expect(['quinoa-substitution', 'reserve-keeping']).toContain(stage.choices[1]);
		expect(runoff.invitations).toHaveLength(10);
		// First-round codes are stale now.
		expect(desk.cast(codes[9]!, { kind: 'scenario', scenarioId: 'equity-first' })).toMatchObject({
			ok: false,
			refusal: { status: 'stale-credential' }
		});
		const fresh = runoff.invitations.map((i) => i.code);
		fresh
			.slice(0, 6)
			.forEach((code, i) =>
				desk.cast(code, { kind: 'scenario', scenarioId: i < 2 ? 'equity-first' : stage.choices[1]! })
			);
		advanceDays(8);
		const closed = desk.act('r1', { kind: 'close-vote' });
		expect(closed.ok && closed.round.outcome).toMatchObject({
			kind: 'adopted',
			scenarioId: stage.choices[1]
		});
	});

	it('closes early once every panelist has voted, not before', async () => {
		const { desk } = testDesk();
		const codes = await toVote(desk);
		for (const code of codes.slice(0, 9))
			desk.cast(code, { kind: 'scenario', scenarioId: 'quinoa-substitution' });
		expect(desk.act('r1', { kind: 'close-vote' })).toMatchObject({
			ok: false,
			error: { code: 'too-early', state: 'panel-vote', action: 'close-vote' }
		});
		desk.cast(codes[9]!, { kind: 'scenario', scenarioId: 'equity-first' });
		expect(desk.act('r1', { kind: 'close-vote' })).toMatchObject({ ok: true, round: { state: 'adopted' } });
	});

	it('lists the steps whose deadline has passed, for a scheduler to close', async () => {
		const { desk, advanceDays, clock } = testDesk();
		await toVote(desk);
		desk.create({ id: 'r2', scenarios: harvestShortfall });
		desk.act('r2', { kind: 'open-review' });
		expect(dueActions(desk.rounds(), clock.now)).toEqual([]);
		advanceDays(7.5);
		expect(
			dueActions(desk.rounds(), clock.now)
				.map((d) => [d.round, d.action.kind])
				.sort()
		).toEqual([
			['r1', 'close-vote'],
			['r2', 'close-review']
		]);
	});
});
