/**
 * The plan contract between the planner (which proposes scenarios), the decision round (which
 * adopts one) and the simulation (which executes the adopted one). Amounts are in the resource's
 * canonical catalogue unit; days count from the plan's `start`.
 */

/** Tier-1 quota: what each person in a region may draw of a resource per day. */
export interface Quota {
	readonly region: string;
	readonly resource: string;
	/** Units per person per day (for `stock` norms like housing: units per person, standing). */
	readonly perPersonPerDay: number;
}

/** Amount of a resource delivered to a region's population over one plan period. */
export interface Allocation {
	readonly region: string;
	readonly resource: string;
	readonly period: number;
	readonly amount: number;
}

/** A shipment on a transport arc, departing in `period`, arriving after the arc's lead time. */
export interface Transfer {
	readonly arc: string;
	readonly resource: string;
	readonly period: number;
	readonly amount: number;
}

/** Planned production of a resource in a region over one period (within capacity). */
export interface ProductionTarget {
	readonly region: string;
	readonly resource: string;
	readonly period: number;
	readonly amount: number;
}

/** An executable plan: what the adopted scenario asks the world to do. */
export interface Plan {
	/** ISO date of the first day of period 0. */
	readonly start: string;
	/** Length of one period in days (7 for weekly periods). */
	readonly periodDays: number;
	readonly periods: number;
	readonly quotas: readonly Quota[];
	readonly allocations: readonly Allocation[];
	readonly transfers: readonly Transfer[];
	readonly production: readonly ProductionTarget[];
}

/** The figures every scenario carries, so that reviewers and the panel compare like with like. */
export interface ScenarioMetrics {
	/** Lowest tier-1 coverage (delivered ÷ norm) over regions and basic resources, 0..1. */
	readonly minCoverage: number;
	/** Population-weighted mean tier-1 coverage, 0..1. */
	readonly meanCoverage: number;
	/** Gini coefficient of coverage across regions, 0 (equal) .. 1. */
	readonly gini: number;
	readonly shortfallPersonDays: number;
	readonly transportTonneKm: number;
	readonly energyKWh: number;
	/** Reserve months at the end of the horizon, lowest over regions and basic resources. */
	readonly reserveMonths: number;
	/** End-of-horizon reserves per basic resource, in days of need (see `ReserveFigure`). */
	readonly reserves?: readonly ReserveFigure[];
}

/** End stock of one resource in days of need: lowest region, and population-weighted mean over regions. */
export interface ReserveFigure {
	readonly resource: string;
	readonly minDays: number;
	readonly meanDays: number;
}

/** A scenario as the decision round sees it: proposed by the planner, reviewed, voted on. */
export interface ProposedScenario {
	readonly id: string;
	/** The policy that produced it, e.g. `equity-first`. */
	readonly policy: string;
	readonly title: { readonly ru: string; readonly en: string };
	/** Plain-language explanation for citizens, in both languages. */
	readonly summary: { readonly ru: string; readonly en: string };
	readonly metrics: ScenarioMetrics;
	readonly plan: Plan;
	/** Hash of the telemetry it was built from, and that telemetry's time window (ms). */
	readonly telemetry: { readonly hash: string; readonly from: number; readonly to: number };
	/** Coverage per region, resource and tier over the horizon (added by the planner). */
	readonly coverage?: readonly CoverageEntry[];
	/** Differences against the plan in force, when one was given (scenario − current). */
	readonly deltas?: ScenarioDeltas;
	/** Why the figures are what they are, from duals and binding constraints, in both languages. */
	readonly explanations?: readonly { readonly ru: string; readonly en: string }[];
	/** What a rework changed in the model, in both languages (empty for a first round). */
	readonly changes?: readonly { readonly ru: string; readonly en: string }[];
	/** Policies whose scenarios were merged into this one as near-duplicates. */
	readonly mergedPolicies?: readonly string[];
	/** How the solution was checked: solver, residuals, second solver's verdict. */
	readonly verification?: ScenarioVerification;
}

/** Delivered ÷ need of one region and resource over the plan's horizon; `worstPeriod` is the lowest period. */
export interface CoverageEntry {
	readonly region: string;
	readonly resource: string;
	readonly tier: string;
	readonly coverage: number;
	readonly worstPeriod: number;
	/** The same per period (0..1), so a plan replaced early is scored on the days it ran. */
	readonly periods?: readonly number[];
}

/** Scenario minus current plan; coverage deltas in shares (0.05 = 5 points). */
export interface ScenarioDeltas {
	readonly minCoverage: number;
	readonly meanCoverage: number;
	readonly gini: number;
	readonly shortfallPersonDays: number;
	readonly transportTonneKm: number;
	readonly energyKWh: number;
	readonly coverage: readonly {
		readonly region: string;
		readonly resource: string;
		readonly delta: number;
	}[];
}

/** The independent checks a scenario's solution passed. */
export interface ScenarioVerification {
	readonly solver: string;
	readonly objective: number;
	readonly variables: number;
	readonly constraints: number;
	/** Largest relative residual of any row or bound, recomputed from the model. */
	readonly maxResidual: number;
	/** `agreed`, `disagreed` or `skipped`, with the second solver and its objective. */
	readonly crossCheck: string;
}
