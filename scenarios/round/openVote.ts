import { days } from './days.js';
import { refuse } from './refuse.js';
import { returned } from './returned.js';
import { standingIds } from './standingIds.js';
import type { Round, RoundAction, StepContext, StepResult } from './types.js';

/**
 * Ethics review → panel vote: draws the panel (and reserves) through the sortition port, publishes
 * its commitment and reveal, opens the first ballot with the standing scenarios and asks for one
 * credential per panelist. A pool that cannot fill the panel is refused, so the council can fix it.
 */
export function openVote(round: Round, action: Extract<RoundAction, { kind: 'open-vote' }>, ctx: StepContext): StepResult {
	const choices = standingIds(round);
	if (choices.length < round.options.minStanding) return returned(round, action, [{ kind: 'too-few-standing', standing: choices.length, needed: round.options.minStanding }]);
	const draw = ctx.drawer.draw({ round: round.id, pool: action.pool, size: round.options.panelSize, reserves: round.options.reserves });
	if (draw.status === 'infeasible') return refuse('rejected', round, action, `the panel cannot be drawn: ${draw.message}`);
	const stage = { index: 0, kind: 'first' as const, choices, opened: ctx.now, deadline: ctx.now + days(round.options.voteDays) };
	return {
		ok: true,
		round: { ...round, state: 'panel-vote', deadline: stage.deadline, panel: { members: draw.members, reserves: draw.reserves, invited: [], record: draw.record }, stages: [stage] },
		events: [
			{ kind: 'panel-committed', data: { method: draw.record.method, commitment: draw.record.commitment, poolSize: action.pool.length, size: round.options.panelSize, reserves: round.options.reserves } },
			{ kind: 'panel-revealed', data: { record: draw.record, members: draw.members, reserves: draw.reserves } },
			{ kind: 'ballot-opened', data: { stage: 0, kind: 'first', choices, deadline: stage.deadline } }
		],
		effects: [{ kind: 'issue-credentials', stage: 0, panelists: draw.members }]
	};
}
