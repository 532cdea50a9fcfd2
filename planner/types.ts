import type { Plan, ProposedScenario } from '../data/plan/types.js';
import type { LpModel, LpSize } from './lp/types.js';
import type { ModelSettings, PolicyId, ReworkReason } from './model/types.js';
import type { Relaxation } from './scenario/elasticRelaxation.js';
import type { CheckOptions, SolverName } from './solver/types.js';

/** Options of a planning round; defaults in `plannerDefaults`. */
export interface PlannerOptions {
	/** Policies to solve, in order; earlier ones win a merge (default: all five). */
	readonly policies: readonly PolicyId[];
	readonly settings: Partial<ModelSettings>;
	/** Scenarios closer than this (mean coverage difference, 0..1) are merged (default 0.005). */
	readonly mergeDistance: number;
	/** ...and whose end reserves differ by at most this many days of need for every resource (default 3). */
	readonly mergeReserveDays: number;
	/**
	 * Up to this many variables, each arc an explanation names is re-solved with 10% more capacity and
	 * its measured effect printed; larger models name arcs from the duals and say so (default 20000).
	 */
	readonly explainResolveMaxVariables: number;
	/**
	 * From this many variables, a policy's first solve starts from the previous policy's optimal basis
	 * (a third fewer simplex iterations at 200 × 20). It may then stop at another optimal vertex of
	 * equal objective, so a scenario would depend on the policies before it; smaller models, where
	 * the solve is not what a round waits for, start cold (default 20000).
	 */
	readonly warmStartMinVariables: number;
	readonly check: Partial<CheckOptions>;
	/** The plan in force, for deltas; null when there is none. */
	readonly currentPlan: Plan | null;
	/** Scenario ids are `<prefix>-<policy>` (default `round-1`). */
	readonly idPrefix: string;
}

/** A near-duplicate that was folded into an earlier scenario. */
export interface Merge {
	readonly kept: PolicyId;
	readonly dropped: PolicyId;
	/** Mean coverage difference (see `scenarioDistance`), and share of shipments routed differently. */
	readonly distance: number;
	readonly routingDifference: number;
	/** Largest difference of end reserves, days of need (see `reserveDifference`). */
	readonly reserveDays: number;
}

/** Everything a round produced: scenarios, merges, models for export, and what went wrong. */
export interface RoundResult {
	readonly scenarios: readonly ProposedScenario[];
	readonly merges: readonly Merge[];
	readonly infeasible: readonly { readonly policy: PolicyId; readonly relaxation: Relaxation }[];
	/** Solves that failed or whose check failed: never turned into a scenario. */
	readonly failed: readonly { readonly policy: PolicyId; readonly message: string }[];
	readonly models: readonly { readonly policy: PolicyId; readonly model: LpModel }[];
	readonly timings: readonly {
		readonly policy: PolicyId;
		readonly size: LpSize;
		readonly buildMs: number;
		readonly solveMs: number;
		readonly checkMs: number;
		readonly solver: SolverName | null;
	}[];
	readonly rework: readonly ReworkReason[];
	/** Plain notes for reviewers, e.g. fewer than three distinct scenarios. */
	readonly notes: readonly { readonly ru: string; readonly en: string }[];
}
