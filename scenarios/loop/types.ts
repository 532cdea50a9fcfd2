import type { Plan, ProposedScenario } from '../../data/plan/types.js';
import type { Reading } from '../../data/telemetry/types.js';
import type { CompiledWorld } from '../../sim/world/types.js';
import type { SimState } from '../../sim/step/types.js';
import type { FederationThreat, ThreatObservation } from '../../sim/threat/stepThreats.js';
import type { ThreatEvent, ThreatOptions, ThreatSwitches } from '../../sim/threat/types.js';
import type { ReadingSink } from '../../sim/types.js';
import type { Invitation, PoolMember, Round, RoundDesk, RoundEvent } from '../round/index.js';

/** When a region's production of a basic good counts as nil and as made again: shares of its daily need (default `premiseDefaults`). */
export interface PremiseRule {
	/** Under this share it is nil (default 0.02). */
	readonly zeroShare: number;
	/** Over this share it is made (default 0.1). */
	readonly madeShare: number;
}

/** How the loop runs; defaults in `loopDefaults`. Days are simulated days. */
export interface LoopOptions {
	/** Days between decision rounds (default 28: the planner's four weekly periods). */
	readonly roundEveryDays: number;
	/** Day of the first round (default 14: two weeks of telemetry for stocks and forecasts). */
	readonly firstRoundDay: number;
	/** Rounds tried on one day when a round is returned or a recalculation is forced (default 2). */
	readonly attemptsPerRound: number;
	/** Days between shortage-warning scans (default 1). */
	readonly warnEveryDays: number;
	/** Days between Correlation Center recomputes (default 7: "recomputed weekly"). */
	readonly recomputeEveryDays: number;
	/** Days of telemetry the warnings and the recompute read (default 56). */
	readonly historyDays: number;
	/**
	 * An emergency round (default true): when a scan predicts a shortage of a region × good it did not
	 * predict the day before, or the threat level changes, a round is held for the next day instead of waiting
	 * for the schedule.
	 */
	readonly emergencyRounds: boolean;
	/** No emergency round within this many days after the last round (default 7: a plan gets a week to act). */
	readonly emergencyGapDays: number;
	/**
	 * The plan's premise broke (an emergency round's cause): per the telemetry, a region's production of a basic good
	 * that was nil when the plan in force was proposed (under `zeroShare` of the region's need a day) is made again
	 * (over `madeShare` on the last day: a shock's end, the sun back), or the reverse (see `brokenPremise`). Null: not
	 * a cause. Default 2% and 10%.
	 */
	readonly premise: PremiseRule | null;
	/** The emergency protocols' triggers (default the simulation's `threatDefaults`: one machine for the world and the loop). */
	readonly threat: ThreatOptions;
}

/** The world as the loop drives it: one simulated day at a time, with the truth the sensors only sample. */
export interface LoopWorld {
	readonly compiled: CompiledWorld;
	/** The next day to simulate (0 = the world's start date). */
	day(): number;
	/** Start of a day, ms since the epoch. */
	dateOf(day: number): number;
	/** Executes an adopted plan from the next simulated day on. */
	adopt(plan: Plan): { readonly status: 'ok' } | { readonly status: 'invalid'; readonly message: string };
	/** Simulates one day; hands each step's readings to `publish` (awaited: backpressure). */
	stepDay(publish: (readings: readonly Reading[]) => void | Promise<void>): Promise<void>;
	/** The world's true state (read-only by convention): for scoring, never for the planner. */
	readonly state: SimState;
}

/**
 * A shortage warning the Correlation Center raised: the stock of a resource in a region is empty, already below
 * its reserve floor, forecast to run out, or its quota is about to be cut by an emergency protocol.
 */
export interface LoopWarning {
	readonly region: string;
	readonly resource: string;
	/**
	 * `empty`: the last reading is zero or less; `below-floor`: under the reserve already (a warning whether or not
	 * it is forecast to run out); `runs-out`: above the floor but forecast to run out within `warnAheadDays`;
	 * `quota-cut`: people will get less than the norm within `warnAheadDays` at the last day's net flow — the good
	 * runs out, or survival mode (the region's or the federation's) cuts every basic quota (see `netFlowWarnings`).
	 */
	readonly state: 'empty' | 'below-floor' | 'runs-out' | 'quota-cut';
	/**
	 * When it runs out (ms): since when it has been empty, or the forecast date (for `quota-cut`, of the cut);
	 * null for a stock below its floor not seen running out within `warnAheadDays`.
	 */
	readonly runsOut: number | null;
	/**
	 * `forecast`: the shortage forecaster, with the probability of being out by then; `run-rate`: too
	 * little history for it yet, so the last week's fall carried forward (no probability); `reading`: the last
	 * reading itself (empty, or below the floor with no date to run out); `net-flow`: the last day's stock fall and
	 * consumption less production, projected (no probability).
	 */
	readonly method: 'forecast' | 'run-rate' | 'reading' | 'net-flow';
	readonly probability: number | null;
	readonly sentence: { readonly ru: string; readonly en: string };
}

/** What a region's sites made of a good in one day, per the telemetry. */
export interface Made {
	readonly region: string;
	readonly resource: string;
	readonly amount: number;
}

/** What the plan in force was proposed on (see `LoopOptions.premise`), as the loop recorded it at the adoption. */
export interface RecordedPremise {
	/** The round whose adopted plan rests on it. */
	readonly round: string;
	/** Production per region × good on the day before that round, per the telemetry. */
	readonly made: readonly Made[];
}

/** The Correlation Center as the loop calls it (ports: it reads telemetry only). */
export interface Analysis {
	/**
	 * The emergency protocols' conditions at `now` per region and for the federation, as the telemetry
	 * shows them (stale series, stocks running out, consumption under the lifeline; see `observedThreat`).
	 */
	threat(now: number): Promise<ThreatObservation>;
	/** Shortage warnings at `now` (ms) from the telemetry before it. */
	warnings(now: number): Promise<readonly LoopWarning[]>;
	/** Production per region × good on the day before `now` (the sum of its sites' readings); a cell with a site silent that day is left out. */
	production(now: number): Promise<readonly Made[]>;
	/** The scheduled recompute of relations; how many are significant, and how many are new, weaken or went since the last. */
	recompute(now: number): Promise<RecomputeCounts>;
}

/** A recompute's relations: significant now, and against the last report new (`appeared`), weakening and gone. */
export interface RecomputeCounts {
	readonly significant: number;
	readonly appeared: number;
	readonly weakening: number;
	readonly gone: number;
}

/** The planner as the loop calls it: 3–5 scenarios for a plan starting on `start` (ISO date). */
export interface Planner {
	propose(request: {
		readonly roundId: string;
		readonly start: string;
		readonly currentPlan: Plan | null;
		/** Regions in survival mode when the round is planned (threat levels): their quotas are × 0.7, rare goods closed. */
		readonly survival: readonly string[];
		/**
		 * Days left in survival mode of each of those regions if its conditions are clear from the plan's first day
		 * (the level lifts after `liftAfterDays` clear days, some of which may have passed; a need the plan leaves
		 * below the lifeline keeps it on); absent: the whole first period.
		 */
		readonly survivalDays?: Readonly<Record<string, number>>;
		/**
		 * Regions at red or survival (threat levels): manual distribution there — their councils set their quotas
		 * and shipments, so the planner plans none into or out of them (see `manualDistribution`).
		 */
		readonly manual: readonly string[];
	}): Promise<readonly ProposedScenario[]>;
}

/**
 * Whoever acts for people in a round when nobody else does (the auto-council): takes one step of
 * the round, or returns null to wait. Ballot codes it receives are its own panelists'.
 */
export interface Council {
	act(round: Round, desk: RoundDesk, invitations: readonly Invitation[]): Promise<CouncilStep | null>;
}

/** What a council step did, for the record. */
export interface CouncilStep {
	readonly did: string;
	/** The council's unused invitations after this step, when it changed them (replaces the list it holds). */
	readonly invitations?: readonly Invitation[];
}

/** What the loop persists between days (the rest is in the ledger and the telemetry store). */
export interface LoopCheckpoint {
	readonly version: 1;
	/** The world's first day (ISO date): a restart replays from it. */
	readonly startDate: string;
	/** The next day to simulate. */
	readonly day: number;
	/** Unused invitations of the simulated panel (auto-council only), so a restart mid-vote can still vote. */
	readonly invitations: readonly Invitation[];
}

/** The loop's ports; the composition root (cli/app) passes the adapters. */
export interface LoopPorts {
	readonly world: LoopWorld;
	readonly sink: ReadingSink;
	readonly analysis: Analysis;
	readonly planner: Planner;
	readonly desk: RoundDesk;
	/** Volunteers for panel draws. */
	readonly pool: readonly PoolMember[];
	/** The auto-council, or null: rounds wait for people (and the world's clock pauses). */
	readonly council: Council | null;
	readonly save: (checkpoint: LoopCheckpoint) => void | Promise<void>;
	/**
	 * Appends to the audit log under the loop's name (round `loop`): each threat-level change with its
	 * causes and switches, at the world's date of the day it applies from; each emergency round's causes;
	 * each adopted plan's premise (kind `plan-premise`). The ledger's `append`, bound;
	 * absent where nothing outlives the run (stress tests).
	 */
	readonly audit?: (event: RoundEvent, at: number) => void;
	/** The levels in force before a restart, as the audit log recorded them (see `threatFromAudit`; default all normal). */
	readonly threat?: FederationThreat;
	/**
	 * The last premise recorded before a restart (see `recordedPremise`); used when its round is the plan in force,
	 * so that a broken premise still calls a round after a restart (default none: no premise until the next adoption).
	 */
	readonly premise?: RecordedPremise | null;
	/** Invitations left from before a restart (see LoopCheckpoint). */
	readonly invitations?: readonly Invitation[];
	readonly onEvent?: (event: LoopEvent) => void;
	/**
	 * The rounds' clock (ms), which the desk must share; default the world's date. The world's clock
	 * stops while a round waits; a composition root with people in the loop may let this one run on,
	 * so that a round's deadlines still pass.
	 */
	readonly roundClock?: (worldDate: number) => number;
	/** A monotonic timer (ms) for the cost figures; default performance.now. */
	readonly timer?: () => number;
}

/** Where the time of one day went (ms). */
export interface LoopCost {
	readonly simulation: number;
	readonly analysis: number;
	readonly planning: number;
	readonly council: number;
}

/** What the loop tells its observers (console, logs, the scoreboard). */
export type LoopEvent =
	| { readonly kind: 'day'; readonly day: number; readonly readings: number; readonly cost: LoopCost }
	| { readonly kind: 'warnings'; readonly day: number; readonly warnings: readonly LoopWarning[] }
	| ({ readonly kind: 'recompute'; readonly day: number } & RecomputeCounts)
	/** A scope's level changed (from the day it applies to), with its causes and what the new level switches on. */
	| ({ readonly kind: 'threat-level'; readonly switches: ThreatSwitches } & ThreatEvent)
	| { readonly kind: 'round-skipped'; readonly day: number; readonly reason: string }
	/** A round held before the schedule: the day it plans from, and why. */
	| { readonly kind: 'emergency'; readonly day: number; readonly reason: string }
	| {
			readonly kind: 'round-created';
			readonly day: number;
			readonly round: string;
			readonly scenarios: number;
	  }
	| { readonly kind: 'round-failed'; readonly day: number; readonly round: string; readonly message: string }
	| { readonly kind: 'invitations'; readonly round: string; readonly invitations: readonly Invitation[] }
	| { readonly kind: 'waiting'; readonly day: number; readonly round: string; readonly state: string }
	| {
			readonly kind: 'adopted';
			readonly day: number;
			readonly round: string;
			readonly scenario: ProposedScenario;
	  }
	| { readonly kind: 'round-ended'; readonly day: number; readonly round: string; readonly outcome: string };

/** What one tick did: a simulated day, or a pause while a round waits for people. */
export type TickResult =
	| { readonly status: 'stepped'; readonly day: number }
	| { readonly status: 'waiting'; readonly day: number; readonly round: string; readonly state: string };
