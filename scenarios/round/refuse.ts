import type { Round, RoundAction, RoundError, StepResult } from './types.js';

/** An action that this state does not allow: the error names both. */
export function invalidTransition(round: Round, action: RoundAction): StepResult {
	return {
		ok: false,
		error: {
			code: 'invalid-transition',
			state: round.state,
			action: action.kind,
			message: `${action.kind} is not allowed in state ${round.state}`
		}
	};
}

/** A refusal with a message that names the round's state and the action. */
export function refuse(code: RoundError['code'], round: Round, action: RoundAction, why: string): StepResult {
	return {
		ok: false,
		error: {
			code,
			state: round.state,
			action: action.kind,
			message: `${action.kind} in state ${round.state}: ${why}`
		}
	};
}
