import { closeReview } from './closeReview.js';
import { closeVote } from './closeVote.js';
import { commitPanel } from './commitPanel.js';
import { commitSeed } from './commitSeed.js';
import { openReview } from './openReview.js';
import { openVote } from './openVote.js';
import { invalidTransition } from './refuse.js';
import { returnRound } from './returnRound.js';
import { strikeScenario } from './strikeScenario.js';
import { submitReview } from './submitReview.js';
import type { Round, RoundAction, StepContext, StepResult } from './types.js';

/** Which actions each state allows; anything else is an invalid transition. */
export const allowed: Readonly<Record<Round['state'], readonly RoundAction['kind'][]>> = {
	drafted: ['open-review', 'commit-seed', 'return'],
	'expert-review': ['submit-review', 'close-review', 'commit-seed', 'return'],
	'ethics-review': ['strike', 'commit-panel', 'commit-seed', 'open-vote', 'return'],
	'panel-vote': ['close-vote'],
	adopted: [],
	returned: [],
	recalculation: []
};

/**
 * The round's state machine: drafted → expert review → ethics review → panel vote → adopted, or
 * returned for rework, or recalculation forced. Pure: the same round, action and context give the
 * same result. Ballots are cast outside (they do not change the round; see `castBallot`).
 */
export function step(round: Round, action: RoundAction, ctx: StepContext): StepResult {
	if (!allowed[round.state].includes(action.kind)) return invalidTransition(round, action);
	switch (action.kind) {
		case 'open-review':
			return openReview(round, action, ctx);
		case 'submit-review':
			return submitReview(round, action, ctx);
		case 'close-review':
			return closeReview(round, action, ctx);
		case 'strike':
			return strikeScenario(round, action, ctx);
		case 'commit-panel':
			return commitPanel(round, action, ctx);
		case 'commit-seed':
			return commitSeed(round, action, ctx);
		case 'open-vote':
			return openVote(round, action, ctx);
		case 'close-vote':
			return closeVote(round, action, ctx);
		case 'return':
			return returnRound(round, action);
	}
}
