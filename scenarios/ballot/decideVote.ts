import { drawLots } from './drawLots.js';
import type { BallotRules, Tally, VoteDecision } from './types.js';

/** What the round needs to settle ties: its public seed, and whether this count is the run-off. */
export interface DecideContext {
	readonly seed: string;
	readonly panelSize: number;
	readonly runoff: boolean;
}

/**
 * Applies the rules in their order: quorum (a share of the panel), then contest (a share of votes
 * cast), then adoption (more than half of votes cast; in the run-off, more votes than the other),
 * else a run-off between the two leaders. Ties are settled by a public lot or sent back, per `rules.tie`.
 */
export function decideVote(tally: Tally, rules: BallotRules, context: DecideContext): VoteDecision {
	const needed = Math.ceil(rules.quorum * context.panelSize);
	if (tally.votesCast < needed || tally.votesCast === 0)
		return { kind: 'no-quorum', votesCast: tally.votesCast, needed };
	const contestShare = tally.contest / tally.votesCast;
	if (contestShare >= rules.contest) return { kind: 'recalculate', share: contestShare };

	const byVotes = [...tally.scenarios].sort((a, b) => b.votes - a.votes);
	const top = byVotes[0];
	if (!top) return { kind: 'tie', between: [] };
	const tiedTop = byVotes.filter((s) => s.votes === top.votes).map((s) => s.scenarioId);
	const label = `stage-${tally.stage}`;

	if (context.runoff) {
		if (tiedTop.length === 1)
			return { kind: 'adopt', scenarioId: top.scenarioId, share: top.votes / tally.votesCast, byLot: false };
		if (rules.tie === 'return') return { kind: 'tie', between: tiedTop };
		const winner = drawLots(context.seed, label, tiedTop)[0]!;
		return { kind: 'adopt', scenarioId: winner, share: top.votes / tally.votesCast, byLot: true };
	}

	if (top.votes / tally.votesCast > rules.majority && tiedTop.length === 1)
		return { kind: 'adopt', scenarioId: top.scenarioId, share: top.votes / tally.votesCast, byLot: false };
	if (byVotes.length < 2) return { kind: 'tie', between: tiedTop };
	// Two leaders: the top one (or a tied group) and the best of the rest; a tie at either place is drawn.
	const second = byVotes.find((s) => s.votes < top.votes);
	if (tiedTop.length === 2) return { kind: 'runoff', between: [tiedTop[0]!, tiedTop[1]!], byLot: false };
	if (tiedTop.length > 2) {
		if (rules.tie === 'return') return { kind: 'tie', between: tiedTop };
		const [a, b] = drawLots(context.seed, label, tiedTop);
		return { kind: 'runoff', between: [a!, b!], byLot: true };
	}
	const tiedSecond = byVotes.filter((s) => s.votes === second!.votes).map((s) => s.scenarioId);
	if (tiedSecond.length === 1)
		return { kind: 'runoff', between: [top.scenarioId, tiedSecond[0]!], byLot: false };
	if (rules.tie === 'return') return { kind: 'tie', between: tiedSecond };
	return {
		kind: 'runoff',
		between: [top.scenarioId, drawLots(context.seed, label, tiedSecond)[0]!],
		byLot: true
	};
}
