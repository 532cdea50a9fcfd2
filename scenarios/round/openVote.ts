import { days } from './days.js';
import { electionOf } from './stageElection.js';
import { refuse } from './refuse.js';
import { returned } from './returned.js';
import { revealSeed } from './revealSeed.js';
import { standingIds } from './standingIds.js';
import type { Round, RoundAction, StepContext, StepResult } from './types.js';

/**
 * Ethics review → panel vote: takes the panel revealed from the committed draw, opens the first
 * ballot with the standing scenarios and asks for one credential per panelist; an encrypted ballot
 * names the stage's election instead, whose manifest the desk publishes (`openElection`).
 */
export function openVote(
	round: Round,
	action: Extract<RoundAction, { kind: 'open-vote' }>,
	ctx: StepContext
): StepResult {
	const choices = standingIds(round);
	if (choices.length < round.options.minStanding)
		return returned(round, action, [
			{ kind: 'too-few-standing', standing: choices.length, needed: round.options.minStanding }
		]);
	if (!round.committed)
		return refuse('rejected', round, action, 'no panel draw is committed yet: commit one first');
	const { reveal } = action;
	const seed = revealSeed(round, action.seedReveal);
	if (!seed.ok) return refuse('rejected', round, action, seed.message);
	if (seed.seed !== undefined && reveal.seed !== seed.seed)
		return refuse(
			'rejected',
			round,
			action,
			'the panel was revealed with another seed than the committed shares make'
		);
	if (reveal.commitment !== round.committed.commitment)
		return refuse(
			'rejected',
			round,
			action,
			`the reveal is for commitment ${reveal.commitment.slice(0, 12)}…, not the committed ${round.committed.commitment.slice(0, 12)}…`
		);
	if (reveal.members.length === 0) return refuse('rejected', round, action, 'the revealed panel is empty');
	const encrypted = action.ballot === 'encrypted';
	const stage = {
		index: 0,
		kind: 'first' as const,
		choices,
		opened: ctx.now,
		deadline: ctx.now + days(round.options.voteDays),
		...(encrypted ? { election: electionOf(round.id, 0) } : {})
	};
	const panel = {
		members: reveal.members,
		reserves: reveal.reserves,
		invited: [],
		commitment: reveal.commitment,
		seed: reveal.seed,
		method: round.committed.record.method
	};
	return {
		ok: true,
		// The draw record (possibly a thousand published panels) lives on in the audit log; the round keeps only the panel.
		round: {
			...round,
			state: 'panel-vote',
			deadline: stage.deadline,
			committed: undefined,
			panel,
			stages: [stage]
		},
		events: [
			{
				kind: 'panel-revealed',
				data: {
					commitment: reveal.commitment,
					seed: reveal.seed,
					// The shares, so that anyone can recompute the seed from the commitments published before.
					...(action.seedReveal ? { seedReveal: action.seedReveal } : {}),
					members: reveal.members,
					reserves: reveal.reserves,
					...(reveal.detail ? { detail: reveal.detail } : {})
				}
			},
			{
				kind: 'ballot-opened',
				data: {
					stage: 0,
					kind: 'first',
					choices,
					deadline: stage.deadline,
					...(stage.election ? { election: stage.election } : {})
				}
			}
		],
		// An encrypted stage's credentials come from the credential authority, never from this server.
		effects: encrypted ? [] : [{ kind: 'issue-credentials', stage: 0, panelists: reveal.members }]
	};
}
