import { refuse } from './refuse.js';
import type { Round, RoundAction, StepContext, StepResult } from './types.js';

/**
 * Ethics review: records the panel draw's commitment in the audit log before any seed exists, so
 * the panel cannot be chosen afterwards. A pool that cannot fill the panel is refused (the council
 * can fix the pool and commit again); a second commitment is refused.
 */
export function commitPanel(
	round: Round,
	action: Extract<RoundAction, { kind: 'commit-panel' }>,
	ctx: StepContext
): StepResult {
	if (round.committed)
		return refuse(
			'rejected',
			round,
			action,
			`a panel draw is already committed (${round.committed.commitment.slice(0, 12)}…)`
		);
	if (action.commit.status === 'infeasible')
		return refuse('rejected', round, action, `the panel cannot be drawn: ${action.commit.message}`);
	const { commitment, record } = action.commit;
	return {
		ok: true,
		round: { ...round, committed: { commitment, record, at: ctx.now } },
		events: [{ kind: 'panel-committed', data: { commitment, record } }],
		effects: []
	};
}
