import { decideVote } from '../ballot/decideVote.js';
import { countStage } from './countStage.js';
import { days } from './days.js';
import { returned } from './returned.js';
import { electionOf } from './stageElection.js';
import type {
	BallotStage,
	Round,
	RoundAction,
	RoundEffect,
	RoundEvent,
	StepContext,
	StepResult
} from './types.js';

/**
 * Closes the open ballot (at its deadline, or earlier once every invited panelist has voted),
 * publishes the tally (a plain stage's ballots, or an encrypted stage's decrypted result) and
 * applies the rules: a missed quorum extends the deadline once and invites reserves (a second miss
 * returns the round); contest ≥ 66% forces a recalculation; more than half
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
	const count = countStage(round, stage, action, ctx);
	if (!count.ok) return count;
	const { tally } = count;
	const decision = decideVote(tally, round.options.ballot, {
		seed: round.seed,
		panelSize: panel.members.length,
		runoff: stage.kind === 'runoff'
	});
	const counted: RoundEvent = {
		kind: 'tally',
		data: { ...tally, decision, ...(stage.election ? { election: stage.election } : {}) }
	};
	const closing = [...count.sealed, counted];
	// An encrypted vote cannot tell who voted (that is its point), so its points go to the whole panel.
	const award: RoundEffect = {
		kind: 'award-points',
		points: round.options.governancePoints,
		...(stage.election ? { to: 'panel' as const } : {})
	};
	const tallied: Round = { ...round, tallies: [...round.tallies, tally] };

	switch (decision.kind) {
		case 'no-quorum': {
			// An encrypted stage's manifest lists its credentials: reserves cannot join it, so no extension.
			if (round.extended || stage.election)
				return withPoints(
					award,
					returned(
						tallied,
						action,
						[{ kind: 'no-quorum', votesCast: decision.votesCast, needed: decision.needed }],
						closing
					)
				);
			const voted = ctx.voted(round.id, stage.index);
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
				effects: [award]
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
				effects: [{ kind: 'adopt-plan', scenarioId: decision.scenarioId }, award]
			};
		case 'runoff': {
			const next: BallotStage = {
				index: stage.index + 1,
				kind: 'runoff',
				choices: [...decision.between],
				opened: ctx.now,
				deadline: ctx.now + days(round.options.voteDays),
				...(stage.election ? { election: electionOf(round.id, stage.index + 1) } : {})
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
							deadline: next.deadline,
							...(next.election ? { election: next.election } : {})
						}
					}
				],
				effects: next.election ? [] : [{ kind: 'issue-credentials', stage: next.index, panelists: voters }]
			};
		}
		case 'tie':
			return withPoints(
				award,
				returned(tallied, action, [{ kind: 'tie', between: decision.between }], closing)
			);
	}
}

/** Panelists who voted earn governance points however the round ended. */
function withPoints(award: RoundEffect, result: StepResult): StepResult {
	return result.ok ? { ...result, effects: [...result.effects, award] } : result;
}
