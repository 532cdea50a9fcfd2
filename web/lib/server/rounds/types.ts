import type { ScenarioMetrics } from '../../../../data/plan/types.js';
import type { Ballot, Tally } from '../../../../scenarios/ballot/types.js';
import type { ReturnReason, RoundOutcome, RoundState } from '../../../../scenarios/round/types.js';

/** A row of the rounds list. Times are ISO strings (UTC). */
export interface RoundRow {
	readonly id: string;
	readonly state: RoundState;
	readonly createdAt: string;
	readonly deadline?: string;
	readonly scenarios: number;
	readonly outcome?: RoundOutcome;
}

/** The audit log's health, shown on every council page. */
export interface ChainStatus {
	readonly intact: boolean;
	readonly entries: number;
	readonly head?: string;
	readonly message?: string;
}

/** A scenario as the council and the public see it, in the reader's language. */
export interface ScenarioView {
	readonly id: string;
	readonly policy: string;
	readonly title: string;
	readonly summary: string;
	readonly metrics: ScenarioMetrics;
	readonly telemetryHash: string;
	readonly standing: 'standing' | 'struck' | 'withdrawn';
	/** Why it is off the ballot (the ethics council's written reason, or the experts' comments). */
	readonly why?: string;
}

/** The council view of one round. */
export interface RoundView extends RoundRow {
	readonly seed: string;
	readonly scenarioViews: readonly ScenarioView[];
	readonly reviewers: readonly string[];
	readonly reviews: readonly {
		readonly expertId: string;
		readonly at: string;
		readonly verdicts: readonly {
			readonly scenarioId: string;
			readonly verdict: string;
			readonly comment: string;
			readonly amended?: string;
		}[];
	}[];
	readonly panel?: {
		readonly members: number;
		readonly reserves: number;
		readonly invited: number;
		readonly method: string;
		readonly commitment: string;
	};
	readonly stages: readonly {
		readonly index: number;
		readonly kind: 'first' | 'runoff';
		readonly deadline: string;
		readonly tally?: Tally;
	}[];
	readonly returnReasons: readonly ReturnReason[];
	/** While a ballot is open: how many of the invited have voted (turnout is public, choices wait for the count). */
	readonly turnout?: { readonly voted: number; readonly invited: number };
	readonly ballots: readonly Ballot[];
	/** The result of looking up `?receipt=`, if one was given. */
	readonly receipt?: { readonly receipt: string; readonly found?: Ballot };
	readonly events: readonly {
		readonly seq: number;
		readonly at: string;
		readonly kind: string;
		readonly hash: string;
	}[];
	readonly chain: ChainStatus;
}
