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
}
