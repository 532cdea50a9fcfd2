import { drawReviewers } from '../experts/drawReviewers.js';
import { days } from './days.js';
import type { Round, RoundAction, StepContext, StepResult } from './types.js';

/** drafted → expert review: draws the reviewers by lot among serving experts without a conflict; too few sends the round back. */
export function openReview(
	round: Round,
	action: Extract<RoundAction, { kind: 'open-review' }>,
	ctx: StepContext
): StepResult {
	const count = round.options.experts.reviewersPerRound;
	const draw = drawReviewers(ctx.roster, {
		seed: round.seed,
		round: round.id,
		subjects: round.subjects,
		count,
		now: ctx.now
	});
	if (draw.status === 'too-few') {
		const reasons = [{ kind: 'too-few-reviewers', eligible: draw.eligible.length, needed: count } as const];
		return {
			ok: true,
			round: { ...round, state: 'returned', deadline: undefined, outcome: { kind: 'returned', reasons } },
			events: [{ kind: 'returned', data: { action: action.kind, reasons } }],
			effects: []
		};
	}
	return {
		ok: true,
		round: {
			...round,
			state: 'expert-review',
			reviewers: draw.reviewers,
			deadline: ctx.now + days(round.options.reviewDays)
		},
		events: [
			{
				kind: 'reviewers-drawn',
				data: {
					seed: round.seed,
					subjects: round.subjects,
					eligible: draw.eligible,
					excluded: draw.excluded,
					reviewers: draw.reviewers
				}
			}
		],
		effects: []
	};
}
