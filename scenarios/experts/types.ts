/** An expert's term of office: [start, end) in ms since the epoch; at most `maxTermMonths` long. */
export interface Term {
	readonly start: number;
	readonly end: number;
}

/** A technocrat on the roster. `conflicts` are declared interests as tags: `policy:<name>`, `round:<id>`, `region:<id>`, `person:<id>`. */
export interface Expert {
	readonly id: string;
	readonly name: string;
	/** Field of expertise, shown to the council (e.g. `logistics`, `agronomy`). */
	readonly field: string;
	readonly term: Term;
	readonly conflicts: readonly string[];
}

/** A candidate for appointment (a term is given when appointed). */
export type Candidate = Omit<Expert, 'term'>;

/** Roster rules; defaults in `expertDefaults`. */
export interface ExpertOptions {
	/** Longest term in months (default 24: "terms of at most 2 years"). */
	readonly maxTermMonths: number;
	/** Months an expert must wait after a term before serving again (default 12), so that the roster rotates. */
	readonly cooldownMonths: number;
	/** Reviewers drawn per round (default 3). */
	readonly reviewersPerRound: number;
}

/** A reviewer's judgement of one scenario. */
export type Verdict = 'sound' | 'needs-rework' | 'unsound';

/** Amended planner parameters (a name → a number, text or flag), which send the round back for a re-plan. */
export type AmendedParameters = Readonly<Record<string, number | string | boolean>>;

/** One reviewer's verdict on one scenario, with comments (required unless sound). */
export interface ScenarioVerdict {
	readonly scenarioId: string;
	readonly verdict: Verdict;
	readonly comment: string;
	readonly amended?: AmendedParameters;
}

/** A submitted review: every scenario of the round judged by one drawn reviewer. `at` in ms. */
export interface Review {
	readonly expertId: string;
	readonly at: number;
	readonly verdicts: readonly ScenarioVerdict[];
}

/** The result of drawing reviewers: who, from whom, and who was left out and why. */
export type ReviewerDraw =
	| {
			readonly status: 'drawn';
			readonly reviewers: readonly string[];
			readonly eligible: readonly string[];
			readonly excluded: readonly {
				readonly id: string;
				readonly reason: 'not-serving' | 'conflict';
				readonly tag?: string;
			}[];
	  }
	| { readonly status: 'too-few'; readonly eligible: readonly string[]; readonly needed: number };
