import type { ReturnReason, Round, RoundAction, RoundEvent, StepResult } from './types.js';

/** Ends a round by sending it back to the planner with typed reasons. */
export function returned(
	round: Round,
	action: RoundAction,
	reasons: readonly ReturnReason[],
	before: readonly RoundEvent[] = []
): StepResult {
	return {
		ok: true,
		round: { ...round, state: 'returned', deadline: undefined, outcome: { kind: 'returned', reasons } },
		events: [...before, { kind: 'returned', data: { action: action.kind, reasons } }],
		effects: []
	};
}
