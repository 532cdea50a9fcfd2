import type { AmendedParameters, Review } from './types.js';

/** How the reviewers judged one scenario, and what follows from it. */
export interface ScenarioJudgement {
	readonly scenarioId: string;
	readonly sound: number;
	readonly needsRework: number;
	readonly unsound: number;
	/** `withdrawn`: a majority found it unsound; `rework`: a majority asked for rework; else `standing`. */
	readonly outcome: 'standing' | 'withdrawn' | 'rework';
	readonly comments: readonly string[];
	readonly amendments: readonly {
		readonly expertId: string;
		readonly parameters: AmendedParameters;
		readonly comment: string;
	}[];
}

/** Tallies the verdicts per scenario. A strict majority of the reviews decides; anything less leaves the scenario standing. */
export function summarizeReviews(
	scenarioIds: readonly string[],
	reviews: readonly Review[]
): ScenarioJudgement[] {
	return scenarioIds.map((scenarioId) => {
		const verdicts = reviews.flatMap((r) =>
			r.verdicts.filter((v) => v.scenarioId === scenarioId).map((v) => ({ ...v, expertId: r.expertId }))
		);
		const count = (kind: string) => verdicts.filter((v) => v.verdict === kind).length;
		const [sound, needsRework, unsound] = [count('sound'), count('needs-rework'), count('unsound')];
		const half = verdicts.length / 2;
		const outcome = unsound > half ? 'withdrawn' : needsRework > half ? 'rework' : 'standing';
		return {
			scenarioId,
			sound,
			needsRework,
			unsound,
			outcome,
			comments: verdicts.filter((v) => v.comment.trim() !== '').map((v) => `${v.expertId}: ${v.comment}`),
			amendments: verdicts
				.filter((v) => v.amended && Object.keys(v.amended).length > 0)
				.map((v) => ({ expertId: v.expertId, parameters: v.amended!, comment: v.comment }))
		};
	});
}
