import { countBallots } from '../ballot/countBallots.js';
import { countResult } from '../ballot/countResult.js';
import type { Tally } from '../ballot/types.js';
import { refuse } from './refuse.js';
import { electionOptions } from './stageElection.js';
import type { BallotStage, Round, RoundAction, RoundEvent, StepContext, StepResult } from './types.js';

/** A closed stage's count and the events that seal it, or why it cannot be counted yet. */
export type StageCount =
	| { readonly ok: true; readonly tally: Tally; readonly sealed: readonly RoundEvent[] }
	| Extract<StepResult, { ok: false }>;

/**
 * Counts the open stage when it may close (at its deadline, or earlier once every invited panelist
 * has voted): a plain stage from its ballot box, an encrypted one from the trustees' decrypted
 * result. Either way the count is a `Tally`, so the same rules (`decideVote`) decide.
 */
export function countStage(
	round: Round,
	stage: BallotStage,
	action: RoundAction,
	ctx: StepContext
): StageCount {
	const voters = round.panel!.members.length + round.panel!.invited.length;
	const deadline = round.deadline ?? stage.deadline;
	const early = (voted: number) =>
		refuse(
			'too-early',
			round,
			action,
			`${voted} of ${voters} panelists have voted; the ballot closes at ${new Date(deadline).toISOString()}`
		) as Extract<StepResult, { ok: false }>;
	return stage.election ? countElection(round, stage, stage.election, action, ctx, early) : countPlain();

	function countPlain(): StageCount {
		const voted = ctx.voted(round.id, stage.index);
		if (ctx.now < deadline && voted < voters) return early(voted);
		const ballots = [...ctx.ballots(round.id, stage.index)].sort((a, b) => (a.receipt < b.receipt ? -1 : 1));
		// One ballot per used credential, or the box was tampered with: refuse to count it.
		if (ballots.length !== voted) {
			const held = `the ballot box holds ${ballots.length} ballots for stage ${stage.index} but ${voted} credentials were used`;
			const tampered = `${held}: the record was tampered with (run resourceos verify audit)`;
			return refuse('rejected', round, action, tampered) as Extract<StepResult, { ok: false }>;
		}
		// The stage's ballots are chained in full, sorted by receipt (an order unrelated to when they were
		// cast), and the tally is the count of exactly this list: anyone can recount it from the log.
		const sealed: RoundEvent = {
			kind: 'ballots',
			data: {
				stage: stage.index,
				ballots: ballots.map(({ receipt, choice, nonce }) => ({ receipt, choice, nonce }))
			}
		};
		return { ok: true, tally: countBallots(stage.index, stage.choices, ballots), sealed: [sealed] };
	}
}

/** The count of an encrypted stage: the trustees' result, read from the chain; never a single ballot decrypted. */
function countElection(
	round: Round,
	stage: BallotStage,
	election: string,
	action: RoundAction,
	ctx: StepContext,
	early: (voted: number) => Extract<StepResult, { ok: false }>
): StageCount {
	const no = (code: 'too-early' | 'rejected', why: string) =>
		refuse(code, round, action, why) as Extract<StepResult, { ok: false }>;
	const view = ctx.election?.(election);
	if (!view)
		return no('rejected', `election ${election} has no published manifest yet (round open-election)`);
	// A manifest chained by `election manifest` past the round's checks could carry extra credentials.
	const panel = round.panel!.members.length + round.panel!.invited.length;
	if (view.credentials !== panel)
		return no(
			'rejected',
			`election ${election} publishes ${view.credentials} credentials for a panel of ${panel}`
		);
	if (!view.closed) return early(view.voters);
	if (!view.result)
		return no(
			'too-early',
			`election ${election} is closed; its result waits for the trustees' partial decryptions (election decrypt, election tally)`
		);
	const options = electionOptions(stage.choices);
	if (view.options.join() !== options.join() || view.result.length !== options.length)
		return no(
			'rejected',
			`election ${election} has options ${view.options.join(',')}, not ${options.join(',')}`
		);
	const tally = countResult(stage.index, stage.choices, view.result);
	return { ok: true, tally, sealed: [] };
}
