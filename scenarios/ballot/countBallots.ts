import type { Ballot, Tally } from './types.js';

/** Counts one stage's ballots for the scenarios on that ballot; a ballot for anything else is a bug upstream. */
export function countBallots(stage: number, choices: readonly string[], ballots: readonly Ballot[]): Tally {
	const votes = new Map(choices.map((id) => [id, 0]));
	const reasons: string[] = [];
	for (const b of ballots) {
		if (b.stage !== stage) continue;
		if (b.choice.kind === 'contest') reasons.push(b.choice.reason);
		else if (votes.has(b.choice.scenarioId))
			votes.set(b.choice.scenarioId, votes.get(b.choice.scenarioId)! + 1);
		else
			throw new Error(
				`countBallots: a ballot ${b.receipt} names ${b.choice.scenarioId}, not on stage ${stage}'s ballot`
			);
	}
	const votesCast = [...votes.values()].reduce((a, b) => a + b, 0) + reasons.length;
	return {
		stage,
		votesCast,
		contest: reasons.length,
		scenarios: choices.map((scenarioId) => ({ scenarioId, votes: votes.get(scenarioId)! })),
		contestReasons: reasons.sort()
	};
}
