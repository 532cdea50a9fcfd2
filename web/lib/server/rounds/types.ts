import type { ScenarioDeltas, ScenarioMetrics } from '../../../../data/plan/types.js';
import type { HeatMap, ResultBars, TradeOff } from '../charts/types.js';
import type { Ballot, BallotChoice, Tally } from '../../../../scenarios/ballot/types.js';
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
	/** The policy's name in the reader's language (its id when the planner's policy is not one the console knows). */
	readonly policyName: string;
	readonly title: string;
	readonly summary: string;
	readonly metrics: ScenarioMetrics;
	readonly telemetryHash: string;
	/** End of the telemetry window the scenario was built from (ISO): how old its data is. */
	readonly telemetryTo: string;
	/** Why the figures are what they are (the planner's explanations), in the reader's language. */
	readonly explanations: readonly string[];
	/** Coverage per region and resource, when the planner gave it. */
	readonly heatMap?: HeatMap;
	/** Scenario minus the plan in force, when the planner compared them. */
	readonly deltas?: ScenarioDeltas;
	readonly standing: 'standing' | 'struck' | 'withdrawn';
	/** Why it is off the ballot (the ethics council's written reason, or the experts' comments). */
	readonly why?: string;
}

/** The council view of one round. */
export interface RoundView extends RoundRow {
	readonly seed: string;
	readonly scenarioViews: readonly ScenarioView[];
	readonly tradeOff: TradeOff;
	readonly reviewers: readonly string[];
	/** The reviewers' names and fields by id, from the expert roster. */
	readonly experts: Readonly<Record<string, string>>;
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
		readonly bars?: ResultBars;
	}[];
	readonly returnReasons: readonly ReturnReason[];
	/** While a ballot is open: how many of the invited have voted (turnout is public, choices wait for the count). */
	readonly turnout?: { readonly voted: number; readonly invited: number };
	/** Ballots of counted stages, with their choices (sorted by receipt, so their order says nothing), paged. */
	readonly ballots: Paged<Ballot>;
	/** How many ballots sit in the box of the stage still open: their receipts and choices wait for the count. */
	readonly sealed: number;
	/** The result of looking up `?receipt=`, if one was given. */
	readonly receipt?: ReceiptCheck;
	readonly events: Paged<{
		readonly seq: number;
		readonly at: string;
		readonly kind: string;
		readonly hash: string;
	}>;
	readonly chain: ChainStatus;
}

/** A voter's receipt looked up in the published list (normalised: spaces, dashes and case ignored). */
export type ReceiptCheck =
	| { readonly status: 'missing'; readonly receipt: string }
	| { readonly status: 'sealed'; readonly receipt: string; readonly stage: number }
	| {
			readonly status: 'counted';
			readonly receipt: string;
			readonly stage: number;
			readonly choice: BallotChoice;
	  };

/** A page of a long list. */
export interface Paged<T> {
	readonly items: readonly T[];
	/** 1-based. */
	readonly page: number;
	readonly pages: number;
	readonly total: number;
}

/** Which page of each long list to show (1-based). */
export interface RoundPages {
	readonly ballots: number;
	readonly events: number;
}
