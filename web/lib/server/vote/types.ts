import type { ScenarioMetrics } from '../../../../data/plan/types.js';
import type { BallotRefusal } from '../../../../scenarios/ballot/types.js';
import type { Relang } from '../../i18n/types.js';

/** One choice on the ballot page, in the voter's language. */
export interface BallotOption {
	readonly id: string;
	readonly title: string;
	readonly summary: string;
	readonly metrics: ScenarioMetrics;
	/** What it means for each region (see `regionImpact`). */
	readonly impact: readonly RegionImpact[];
}

/** A scenario's meaning for one region: lowest and mean coverage of basic needs (shares), and quotas it cuts. */
export interface RegionImpact {
	readonly region: string;
	readonly lowest: number;
	readonly lowestResource: string;
	readonly mean: number;
	readonly quotasCut: number;
}

/** What a panelist sees with a valid code: the choices, what is off the ballot and why, and the deadline (ISO). */
export type BallotPage =
	| {
			readonly status: 'open';
			readonly code: string;
			readonly round: string;
			readonly stage: 'first' | 'runoff';
			readonly deadline: string;
			readonly options: readonly BallotOption[];
			readonly excluded: readonly { readonly id: string; readonly title: string; readonly why: string }[];
			readonly minContestReason: number;
	  }
	| {
			readonly status: 'refused';
			readonly refusal: BallotRefusal | { readonly status: 'bad-input'; readonly message: string };
	  };

/** The outcome of casting: the receipt to keep, or why not. */
export type CastOutcome =
	| {
			readonly status: 'cast';
			readonly round: string;
			readonly receipt: string;
			/** The same receipt page in the other language (never the choice: the page does not need it). */
			readonly relang: Relang;
	  }
	| {
			readonly status: 'refused';
			readonly refusal: BallotRefusal | { readonly status: 'bad-input'; readonly message: string };
	  };
