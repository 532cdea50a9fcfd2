import { checkReview } from '../experts/checkReview.js';
import { refuse } from './refuse.js';
import { checkAmendments } from './reworkRequests.js';
import type { Round, RoundAction, StepContext, StepResult } from './types.js';

/** A drawn reviewer's verdicts on every scenario; once per reviewer, before the deadline. */
export function submitReview(
	round: Round,
	action: Extract<RoundAction, { kind: 'submit-review' }>,
	ctx: StepContext
): StepResult {
	const { expertId } = action.review;
	if (!round.reviewers.includes(expertId))
		return refuse('rejected', round, action, `${expertId} is not a reviewer drawn for this round`);
	if (round.reviews.some((r) => r.expertId === expertId))
		return refuse('rejected', round, action, `${expertId} has already reviewed this round`);
	if (round.deadline !== undefined && ctx.now >= round.deadline)
		return refuse(
			'rejected',
			round,
			action,
			`the review deadline ${new Date(round.deadline).toISOString()} has passed`
		);
	const review = { ...action.review, at: ctx.now };
	const problem = checkReview(
		review,
		round.scenarios.map((s) => s.scenario.id)
	);
	if (problem) return refuse('rejected', round, action, problem);
	for (const v of review.verdicts) {
		const amendment = v.amended ? checkAmendments(v.amended) : undefined;
		if (amendment)
			return refuse(
				'rejected',
				round,
				action,
				`verdict for ${JSON.stringify(v.scenarioId)}: amended ${amendment}`
			);
	}
	return {
		ok: true,
		round: { ...round, reviews: [...round.reviews, review] },
		events: [{ kind: 'review', data: review as unknown as Record<string, unknown> }],
		effects: []
	};
}
