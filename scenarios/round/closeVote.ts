import { countBallots } from '../ballot/countBallots.js';
import { decideVote } from '../ballot/decideVote.js';
import { days } from './days.js';
import { refuse } from './refuse.js';
import { returned } from './returned.js';
import type { BallotStage, Round, RoundAction, RoundEvent, StepContext, StepResult } from './types.js';

/**
 * Closes the open ballot (at its deadline, or earlier once every invited panelist has voted),
 * publishes the tally and applies the rules: a missed quorum extends the deadline once and invites
 * reserves (a second miss returns the round); contest ≥ 66% forces a recalculation; more than half
 * adopts; otherwise a run-off between the two leaders opens with fresh credentials.
 */
export function closeVote(
	round: Round,
	action: Extract<RoundAction, { kind: 'close-vote' }>,
	ctx: StepContext
): StepResult {
	const stage = round.stages.at(-1)!;
	const panel = round.panel!;
	const voters = [...panel.members, ...panel.invited];
	const voted = ctx.voted(round.id, stage.index);
	if (ctx.now < (round.deadline ?? stage.deadline) && voted < voters.length)
		return refuse(
			'too-early',
			round,
			action,
			`${voted} of ${voters.length} panelists have voted; the ballot closes at ${new Date(round.deadline ?? stage.deadline).toISOString()}`
		);

	const ballots = [...ctx.ballots(round.id, stage.index)].sort((a, b) => (a.receipt < b.receipt ? -1 : 1));
	// One ballot per used credential, or the box was tampered with: refuse to count it.
	if (ballots.length !== voted)
		return refuse(
			'rejected',
			round,
			action,
			`the ballot box holds ${ballots.length} ballots for stage ${stage.index} but ${voted} credentials were used: the record was tampered with (run resourceos verify audit)`
		);
	// The stage's ballots are chained in full, sorted by receipt (an order unrelated to when they were
	// cast), and the tally is the count of exactly this list: anyone can recount it from the log.
	const sealed: RoundEvent = {
		kind: 'ballots',
		data: {
			stage: stage.index,
			ballots: ballots.map(({ receipt, choice, nonce }) => ({ receipt, choice, nonce }))
		}
	};
	const tally = countBallots(stage.index, stage.choices, ballots);
	const decision = decideVote(tally, round.options.ballot, {
		seed: round.seed,
		panelSize: panel.members.length,
		runoff: stage.kind === 'runoff'
	});
	const counted: RoundEvent = { kind: 'tally', data: { ...tally, decision } };
	const closing = [sealed, counted];
	const tallied: Round = { ...round, tallies: [...round.tallies, tally] };

	switch (decision.kind) {
		case 'no-quorum': {
			if (round.extended)
				return withPoints(
					round,
					returned(
						tallied,
						action,
						[{ kind: 'no-quorum', votesCast: decision.votesCast, needed: decision.needed }],
						closing
					)
				);
			// Invite as many reserves as there are panelists who did not vote (never more than were drawn).
			const invited = panel.reserves
				.filter((id) => !panel.invited.includes(id))
				.slice(0, Math.max(0, voters.length - voted));
			const deadline = ctx.now + days(round.options.extensionDays);
			return {
				ok: true,
				round: {
					...tallied,
					extended: true,
					deadline,
					panel: { ...panel, invited: [...panel.invited, ...invited] }
				},
				events: [
					...closing,
					{
						kind: 'vote-extended',
						data: {
							stage: stage.index,
							votesCast: decision.votesCast,
							needed: decision.needed,
							deadline,
							invited
						}
					}
				],
				effects:
					invited.length > 0 ? [{ kind: 'issue-credentials', stage: stage.index, panelists: invited }] : []
			};
		}
		case 'recalculate':
			return {
				ok: true,
				round: {
					...tallied,
					state: 'recalculation',
					deadline: undefined,
					outcome: { kind: 'recalculation', share: decision.share, reasons: tally.contestReasons }
				},
				events: [
					...closing,
					{ kind: 'recalculation', data: { share: decision.share, reasons: tally.contestReasons } }
				],
				effects: [{ kind: 'award-points', points: round.options.governancePoints }]
			};
		case 'adopt':
			return {
				ok: true,
				round: {
					...tallied,
					state: 'adopted',
					deadline: undefined,
					outcome: {
						kind: 'adopted',
						scenarioId: decision.scenarioId,
						share: decision.share,
						byLot: decision.byLot
					}
				},
				events: closing,
				effects: [
					{ kind: 'adopt-plan', scenarioId: decision.scenarioId },
					{ kind: 'award-points', points: round.options.governancePoints }
				]
			};
		case 'runoff': {
			const next: BallotStage = {
				index: stage.index + 1,
				kind: 'runoff',
				choices: [...decision.between],
				opened: ctx.now,
				deadline: ctx.now + days(round.options.voteDays)
			};
			return {
				ok: true,
				round: { ...tallied, stages: [...round.stages, next], deadline: next.deadline },
				events: [
					...closing,
					{
						kind: 'ballot-opened',
						data: {
							stage: next.index,
							kind: next.kind,
							choices: next.choices,
							byLot: decision.byLot,
							deadline: next.deadline
						}
					}
				],
				effects: [{ kind: 'issue-credentials', stage: next.index, panelists: voters }]
			};
		}
		case 'tie':
			return withPoints(
				round,
				returned(tallied, action, [{ kind: 'tie', between: decision.between }], closing)
			);
	}
}

/** Panelists who voted earn governance points however the round ended. */
function withPoints(round: Round, result: StepResult): StepResult {
	return result.ok
		? {
				...result,
				effects: [...result.effects, { kind: 'award-points', points: round.options.governancePoints }]
			}
		: result;
}
