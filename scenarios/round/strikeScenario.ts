import { checkStrike } from '../ethics/checkStrike.js';
import { refuse } from './refuse.js';
import type { Round, RoundAction, StepContext, StepResult } from './types.js';

/** The ethics council strikes a scenario with a written reason; it stays in the round, visible, off the ballot. */
export function strikeScenario(
	round: Round,
	action: Extract<RoundAction, { kind: 'strike' }>,
	ctx: StepContext
): StepResult {
	if (round.deadline !== undefined && ctx.now >= round.deadline)
		return refuse(
			'rejected',
			round,
			action,
			`the ethics review deadline ${new Date(round.deadline).toISOString()} has passed`
		);
	const strike = { scenarioId: action.scenarioId, by: action.by, reason: action.reason.trim(), at: ctx.now };
	const entry = round.scenarios.find((s) => s.scenario.id === action.scenarioId);
	if (entry && entry.standing.kind === 'withdrawn')
		return refuse(
			'rejected',
			round,
			action,
			`scenario ${JSON.stringify(action.scenarioId)} was already withdrawn by the experts`
		);
	const problem = checkStrike(
		strike,
		round.scenarios.map((s) => s.scenario.id),
		round.strikes,
		round.options.ethics
	);
	if (problem) return refuse('rejected', round, action, problem);
	return {
		ok: true,
		round: {
			...round,
			strikes: [...round.strikes, strike],
			scenarios: round.scenarios.map((s) =>
				s.scenario.id === strike.scenarioId ? { ...s, standing: { kind: 'struck', strike } } : s
			)
		},
		events: [{ kind: 'strike', data: { ...strike } }],
		effects: []
	};
}
