import { describe, expect, it } from 'vitest';
import { demoPool, harvestShortfall } from './cases/loadCases.js';
import type { RoundDesk } from './createRoundDesk.js';
import { testDesk } from './testDesk.js';
import { reviewAllSound } from './reviewAllSound.js';
import { reworkRequest, reworkRequests } from './reworkRequests.js';
import { uniformPanelDrawer } from './uniformPanelDrawer.js';
import type { RoundAction, RoundState } from './types.js';

const ids = harvestShortfall.map((s) => s.id);
const everyAction: readonly RoundAction[] = [
	{ kind: 'open-review' },
	{
		kind: 'submit-review',
		review: {
			expertId: 'e-agro',
			verdicts: ids.map((scenarioId) => ({ scenarioId, verdict: 'sound', comment: '' }))
		}
	},
	{ kind: 'close-review' },
	{
		kind: 'strike',
		scenarioId: 'reserve-keeping',
		by: 'ethics-1',
		reason: 'Cuts the wheat norm below the medical minimum'
	},
	{ kind: 'commit-panel', commit: { status: 'committed', commitment: 'c', record: { method: 'test' } } },
	{ kind: 'commit-seed', commit: { party: 'council-1', hash: 'a'.repeat(64) } },
	{ kind: 'open-vote', reveal: { commitment: 'c', seed: 's', members: ['a'], reserves: [] } },
	{ kind: 'close-vote' },
	{ kind: 'return', by: 'council', reason: 'The harvest figures were revised' }
];
const allowed: Record<RoundState, RoundAction['kind'][]> = {
	drafted: ['open-review', 'commit-seed', 'return'],
	'expert-review': ['submit-review', 'close-review', 'commit-seed', 'return'],
	'ethics-review': ['strike', 'commit-panel', 'commit-seed', 'open-vote', 'return'],
	'panel-vote': ['close-vote'],
	adopted: [],
	returned: [],
	recalculation: []
};

/** Puts a fresh round `id` into `state` through valid actions only. */
async function roundIn(
	desk: RoundDesk,
	id: string,
	state: RoundState,
	advance: (days: number) => void
): Promise<void> {
	const must = (action: RoundAction) => {
		const r = desk.act(id, action);
		if (!r.ok) throw new Error(r.error.message);
		return r;
	};
	desk.create({ id, scenarios: harvestShortfall });
	if (state === 'drafted') return;
	if (state === 'returned')
		return void must({ kind: 'return', by: 'council', reason: 'The harvest figures were revised' });
	const review = must({ kind: 'open-review' });
	if (state === 'expert-review') return;
	for (const expertId of review.round.reviewers)
		must({
			kind: 'submit-review',
			review: { expertId, verdicts: ids.map((scenarioId) => ({ scenarioId, verdict: 'sound', comment: '' })) }
		});
	must({ kind: 'close-review' });
	if (state === 'ethics-review') return;
	await desk.commitPanel(id, demoPool(20));
	const vote = await desk.openVote(id);
	if (!vote.ok) throw new Error(vote.error.message);
	if (state === 'panel-vote') return;
	vote.invitations.forEach((inv, i) =>
		desk.cast(
			inv.code,
			state === 'adopted' || i > 7
				? { kind: 'scenario', scenarioId: 'equity-first' }
				: { kind: 'contest', reason: 'The data behind all three is stale' }
		)
	);
	must({ kind: 'close-vote' });
	advance(0);
}

describe('round state machine', () => {
	const states = Object.keys(allowed) as RoundState[];
	for (const state of states) {
		it(`in ${state}, refuses every action it does not allow, naming the state and the action`, async () => {
			const { desk, advanceDays } = testDesk();
			for (const action of everyAction) {
				if (allowed[state].includes(action.kind)) continue;
				const id = `r-${action.kind}`;
				await roundIn(desk, id, state, advanceDays);
				expect(desk.round(id)!.state).toBe(state);
				const result = desk.act(id, action);
				expect(result.ok).toBe(false);
				if (result.ok) continue;
				expect(result.error).toMatchObject({ code: 'invalid-transition', state, action: action.kind });
				expect(result.error.message).toContain(state);
				expect(result.error.message).toContain(action.kind);
				expect(desk.round(id)!.state).toBe(state); // nothing changed
			}
		});
	}

	it('names an unknown round', async () => {
		const { desk } = testDesk();
		expect(desk.act('nope', { kind: 'open-review' })).toMatchObject({
			ok: false,
			error: { code: 'not-found', message: expect.stringContaining('"nope"') }
		});
	});

	it('takes reviews only from drawn reviewers, once each, with a comment unless sound', async () => {
		const { desk } = testDesk();
		desk.create({ id: 'r', scenarios: harvestShortfall });
		const opened = desk.act('r', { kind: 'open-review' });
		if (!opened.ok) throw new Error(opened.error.message);
		const reviewer = opened.round.reviewers[0]!;
		expect(opened.round.reviewers).not.toContain('e-stat'); // declared a conflict with policy:substitution
		expect(opened.round.reviewers).not.toContain('e-old'); // term ended
		const outsider = ['e-agro', 'e-logi', 'e-energy', 'e-health', 'e-stat'].find(
			(e) => !opened.round.reviewers.includes(e)
		)!;
		const verdicts = ids.map((scenarioId) => ({ scenarioId, verdict: 'sound' as const, comment: '' }));
		expect(desk.act('r', { kind: 'submit-review', review: { expertId: outsider, verdicts } })).toMatchObject({
			ok: false,
			error: { code: 'rejected', message: expect.stringContaining('not a reviewer') }
		});
		expect(
			desk.act('r', {
				kind: 'submit-review',
				review: {
					expertId: reviewer,
					verdicts: [{ ...verdicts[0]!, verdict: 'unsound' }, ...verdicts.slice(1)]
				}
			})
		).toMatchObject({ ok: false, error: { message: expect.stringContaining('needs a comment') } });
		expect(
			desk.act('r', { kind: 'submit-review', review: { expertId: reviewer, verdicts: verdicts.slice(1) } })
		).toMatchObject({
			ok: false,
			error: { message: expect.stringContaining('no verdict for "equity-first"') }
		});
		expect(desk.act('r', { kind: 'submit-review', review: { expertId: reviewer, verdicts } }).ok).toBe(true);
		expect(desk.act('r', { kind: 'submit-review', review: { expertId: reviewer, verdicts } })).toMatchObject({
			ok: false,
			error: { message: expect.stringContaining('already reviewed') }
		});
		expect(desk.act('r', { kind: 'close-review' })).toMatchObject({
			ok: false,
			error: { code: 'too-early' }
		});
	});

	it('returns the round for a re-plan when a reviewer amends parameters, with typed reasons', async () => {
		const { desk } = testDesk();
		desk.create({ id: 'r', scenarios: harvestShortfall });
		const opened = desk.act('r', { kind: 'open-review' });
		if (!opened.ok) throw new Error(opened.error.message);
		const [a, ...rest] = opened.round.reviewers;
		desk.act('r', {
			kind: 'submit-review',
			review: {
				expertId: a!,
				verdicts: ids.map((scenarioId) =>
					scenarioId === 'equity-first'
						? {
								scenarioId,
								verdict: 'needs-rework',
								comment: 'Import lead time is 14 days, not 7',
								amended: { 'norm:wheat': 0.45 }
							}
						: { scenarioId, verdict: 'sound', comment: '' }
				)
			}
		});
		for (const e of rest)
			desk.act('r', {
				kind: 'submit-review',
				review: {
					expertId: e,
					verdicts: ids.map((scenarioId) => ({ scenarioId, verdict: 'sound', comment: '' }))
				}
			});
		const closed = desk.act('r', { kind: 'close-review' });
		expect(
			closed.ok &&
				reworkRequests(closed.round.outcome!.kind === 'returned' ? closed.round.outcome!.reasons : [])
		).toEqual([{ kind: 'norm', resource: 'wheat', perPersonPerDay: 0.45 }]);
		expect(closed.ok && closed.round.outcome).toEqual({
			kind: 'returned',
			reasons: [
				{
					kind: 'amended-parameters',
					scenarioId: 'equity-first',
					expertId: a,
					parameters: { 'norm:wheat': 0.45 },
					comment: 'Import lead time is 14 days, not 7'
				}
			]
		});
	});

	it('withdraws a scenario most reviewers find unsound, and keeps it visible', async () => {
		const { desk } = testDesk();
		desk.create({ id: 'r', scenarios: harvestShortfall });
		const opened = desk.act('r', { kind: 'open-review' });
		if (!opened.ok) throw new Error(opened.error.message);
		for (const e of opened.round.reviewers)
			desk.act('r', {
				kind: 'submit-review',
				review: {
					expertId: e,
					verdicts: ids.map((scenarioId) =>
						scenarioId === 'reserve-keeping'
							? { scenarioId, verdict: 'unsound', comment: 'Reserve arithmetic double-counts imports' }
							: { scenarioId, verdict: 'sound', comment: '' }
					)
				}
			});
		const closed = desk.act('r', { kind: 'close-review' });
		if (!closed.ok) throw new Error(closed.error.message);
		expect(closed.round.state).toBe('ethics-review');
		expect(closed.round.scenarios.find((s) => s.scenario.id === 'reserve-keeping')!.standing).toMatchObject({
			kind: 'withdrawn',
			unsound: 3,
			reviews: 3
		});
		expect(
			desk.act('r', {
				kind: 'strike',
				scenarioId: 'reserve-keeping',
				by: 'ethics-1',
				reason: 'Would also be struck for equity reasons'
			})
		).toMatchObject({ ok: false, error: { code: 'rejected' } });
	});

	it('requires a written reason to strike, keeps the struck scenario with its reason, and returns the round if nothing stands', async () => {
		const { desk } = testDesk({ minStanding: 2 });
		desk.create({ id: 'r', scenarios: harvestShortfall });
		reviewAllSound(desk, 'r', harvestShortfall);
		expect(
			desk.act('r', { kind: 'strike', scenarioId: 'equity-first', by: 'ethics-1', reason: 'no' })
		).toMatchObject({ ok: false, error: { message: expect.stringContaining('written reason') } });
		for (const scenarioId of ['equity-first', 'reserve-keeping'])
			expect(
				desk.act('r', {
					kind: 'strike',
					scenarioId,
					by: 'ethics-1',
					reason: 'Takes water from the hospital district first'
				}).ok
			).toBe(true);
		const round = desk.round('r')!;
		expect(round.scenarios.map((s) => s.standing.kind)).toEqual(['struck', 'struck', 'standing']);
		const vote = await desk.openVote('r');
		expect(vote.ok && vote.round.outcome).toEqual({
			kind: 'returned',
			reasons: [{ kind: 'too-few-standing', standing: 1, needed: 2 }]
		});
	});

	it('refuses to open the vote when the pool cannot fill the panel, and stays in ethics review', async () => {
		const { desk } = testDesk();
		await roundIn(desk, 'r', 'ethics-review', () => {});
		const vote = await desk.commitPanel('r', demoPool(12, 12)); // 6 households for 10 seats
		expect(vote).toMatchObject({
			ok: false,
			error: { code: 'rejected', message: expect.stringContaining('6 households') }
		});
		expect(desk.round('r')!.state).toBe('ethics-review');
	});

	it('commits the panel before the seed exists; anyone can re-run the reveal from the published record and seed', async () => {
		const { desk, ledger } = testDesk();
		await roundIn(desk, 'r', 'ethics-review', () => {});
		expect(await desk.openVote('r')).toMatchObject({
			ok: false,
			error: { message: expect.stringContaining('no panel draw is committed') }
		});
		const committed = await desk.commitPanel('r', demoPool(20, 4));
		if (!committed.ok) throw new Error(committed.error.message);
		expect(await desk.commitPanel('r', demoPool(30))).toMatchObject({
			ok: false,
			error: { message: expect.stringContaining('already committed') }
		});
		expect(
			desk.act('r', {
				kind: 'open-vote',
				reveal: { commitment: 'forged', seed: 'x', members: ['v0001'], reserves: [] }
			})
		).toMatchObject({ ok: false, error: { code: 'rejected' } });
		const opened = await desk.openVote('r');
		if (!opened.ok) throw new Error(opened.error.message);
		const audit = ledger.audit('r');
		const commit = JSON.parse(audit.find((e) => e.kind === 'panel-committed')!.payload);
		const reveal = JSON.parse(audit.find((e) => e.kind === 'panel-revealed')!.payload);
		expect(audit.findIndex((e) => e.kind === 'panel-committed')).toBeLessThan(
			audit.findIndex((e) => e.kind === 'panel-revealed')
		);
		const again = await uniformPanelDrawer().reveal(
			{ commitment: commit.commitment, record: commit.record },
			reveal.seed
		);
		expect(again.members).toEqual(reveal.members);
		expect(
			new Set(reveal.members.map((id: string) => demoPool(20, 4).find((p) => p.id === id)!.household)).size
		).toBe(10); // one per household
	});

	it('accepts only amendments the planner can act on', () => {
		expect(reworkRequest('floor:water:north', 5)).toEqual({
			kind: 'floor',
			resource: 'water',
			days: 5,
			region: 'north'
		});
		expect(reworkRequest('priority:north', 0.9)).toEqual({
			kind: 'priority',
			region: 'north',
			minCoverage: 0.9
		});
		expect(reworkRequest('avoid-arc:rail-1', true)).toEqual({ kind: 'avoid-arc', arc: 'rail-1' });
		expect(reworkRequest('importLeadDays', 14)).toMatch(/should be one of norm:<resource>/);
		expect(reworkRequest('priority:north', 1.5)).toMatch(/from 0 to 1, got 1.5/);
		const { desk } = testDesk();
		desk.create({ id: 'r', scenarios: harvestShortfall });
		const opened = desk.act('r', { kind: 'open-review' });
		if (!opened.ok) throw new Error(opened.error.message);
		const verdicts = ids.map((scenarioId) => ({
			scenarioId,
			verdict: 'needs-rework' as const,
			comment: 'lead time',
			amended: { importLeadDays: 14 }
		}));
		expect(
			desk.act('r', { kind: 'submit-review', review: { expertId: opened.round.reviewers[0]!, verdicts } })
		).toMatchObject({ ok: false, error: { message: expect.stringContaining('amended importLeadDays') } });
	});
});
