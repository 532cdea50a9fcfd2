import type { BallotBox } from '../ballot/types.js';
import type { Round } from './types.js';

/** The round's ballot box as a voter meets it: the open stage, its deadline and choices, and why other scenarios are off the ballot. */
export function ballotBox(round: Round): BallotBox {
	const stage = round.state === 'panel-vote' ? round.stages.at(-1) : undefined;
	const excluded: Record<string, string> = {};
	for (const s of round.scenarios) {
		if (stage?.choices.includes(s.scenario.id)) continue;
		switch (s.standing.kind) {
			case 'struck':
				excluded[s.scenario.id] = `struck by the ethics council: ${s.standing.strike.reason}`;
				break;
			case 'withdrawn':
				excluded[s.scenario.id] =
					`withdrawn: ${s.standing.unsound} of ${s.standing.reviews} reviewers found it unsound`;
				break;
			case 'standing':
				excluded[s.scenario.id] = 'not in the run-off';
				break;
		}
	}
	return {
		round: round.id,
		state: round.state,
		stage: stage?.index,
		deadline: round.deadline ?? stage?.deadline,
		choices: stage?.choices ?? [],
		excluded
	};
}
