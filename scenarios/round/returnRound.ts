import { refuse } from './refuse.js';
import { returned } from './returned.js';
import type { Round, RoundAction, StepResult } from './types.js';

/** The council sends a round back before the vote, with a written reason (e.g. the data it was built on proved wrong). */
export function returnRound(round: Round, action: Extract<RoundAction, { kind: 'return' }>): StepResult {
	if (action.by.trim() === '')
		return refuse('rejected', round, action, 'by: should name who returns the round');
	if (action.reason.trim().length < 10)
		return refuse(
			'rejected',
			round,
			action,
			`reason: should be a written reason of at least 10 characters, got ${JSON.stringify(action.reason)}`
		);
	return returned(round, action, [{ kind: 'council', by: action.by, reason: action.reason.trim() }]);
}
