import { summarizeReviews } from '../experts/summarizeReviews.js';
import { days } from './days.js';
import { refuse } from './refuse.js';
import { returned } from './returned.js';
import type { ReturnReason, Round, RoundAction, RoundScenario, StepContext, StepResult } from './types.js';

/**
 * Expert review → ethics review, once every reviewer has answered or the deadline has passed.
 * Amended parameters or a majority asking for rework send the round back for a re-plan; a scenario
 * a majority finds unsound is withdrawn (it stays visible); too few left standing sends it back.
 */
export function closeReview(
	round: Round,
	action: Extract<RoundAction, { kind: 'close-review' }>,
	ctx: StepContext
): StepResult {
	const beforeDeadline = round.deadline !== undefined && ctx.now < round.deadline;
	if (beforeDeadline && round.reviews.length < round.reviewers.length)
		return refuse(
			'too-early',
			round,
			action,
			`${round.reviews.length} of ${round.reviewers.length} reviews in; wait for the rest or the deadline ${new Date(round.deadline!).toISOString()}`
		);
	const needed = Math.min(round.options.minReviews, round.reviewers.length);
	if (round.reviews.length < needed)
		return returned(round, action, [{ kind: 'reviews-missing', received: round.reviews.length, needed }]);

	const judgements = summarizeReviews(
		round.scenarios.map((s) => s.scenario.id),
		round.reviews
	);
	const closed = { kind: 'review-closed' as const, data: { judgements } };
	const reasons: ReturnReason[] = [
		...judgements.flatMap((j) =>
			j.amendments.map((a) => ({
				kind: 'amended-parameters' as const,
				scenarioId: j.scenarioId,
				expertId: a.expertId,
				parameters: a.parameters,
				comment: a.comment
			}))
		),
		...judgements
			.filter((j) => j.outcome === 'rework')
			.map((j) => ({ kind: 'needs-rework' as const, scenarioId: j.scenarioId, comments: j.comments }))
	];
	if (reasons.length > 0) return returned(round, action, reasons, [closed]);

	const scenarios: RoundScenario[] = round.scenarios.map((s) => {
		const j = judgements.find((x) => x.scenarioId === s.scenario.id)!;
		return j.outcome === 'withdrawn'
			? {
					...s,
					standing: {
						kind: 'withdrawn',
						unsound: j.unsound,
						reviews: round.reviews.length,
						comments: j.comments
					}
				}
			: s;
	});
	const standing = scenarios.filter((s) => s.standing.kind === 'standing').length;
	if (standing < round.options.minStanding)
		return returned(
			{ ...round, scenarios },
			action,
			[{ kind: 'too-few-standing', standing, needed: round.options.minStanding }],
			[closed]
		);
	return {
		ok: true,
		round: {
			...round,
			scenarios,
			state: 'ethics-review',
			deadline: ctx.now + days(round.options.ethicsDays)
		},
		events: [closed],
		effects: []
	};
}
