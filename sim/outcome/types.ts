import type { ScenarioMetrics } from '../../data/plan/types.js';
import type { CitizensSummary } from '../citizens/types.js';
import type { QuotaCut } from '../quotas/types.js';
import type { ThreatEvent, ThreatLevel } from '../threat/types.js';

/** Rounded figures of one simulated day. Coverage is delivered ÷ need at norm (0..1); basic resources only. */
export interface DayRecord {
	/** Day of the run, 0 = the world's start date. */
	readonly day: number;
	/** ISO date (UTC). */
	readonly date: string;
	/** Survival mode in force for the federation (declared by an event or reached by its triggers). */
	readonly survival: boolean;
	/** Threat levels in force today: the federation's, and each region's own when not normal. */
	readonly threat: {
		readonly federation: ThreatLevel;
		readonly regions: Readonly<Record<string, ThreatLevel>>;
	};
	/** Labels of shocks active today (their `id`, or `kind@start`). */
	readonly shocks: readonly string[];
	/** Per region, per basic resource with a norm. */
	readonly coverage: Readonly<Record<string, Readonly<Record<string, number>>>>;
	/** Per region: mean coverage over its basic resources. */
	readonly regionCoverage: Readonly<Record<string, number>>;
	/** Tier 1: population-weighted mean coverage. Tiers 2 and 3: share of today's requests of the citizen sample served today (null when none asked). */
	readonly tierCoverage: {
		readonly basic: number;
		readonly social: number | null;
		readonly rare: number | null;
	};
	/** Share of people below the lifeline today (see `Headline`). */
	readonly belowLifeline: number;
	/** Person-days below norm, summed over basic resources and regions. */
	readonly shortfallPersonDays: number;
	/** Gini of region coverage, population-weighted. */
	readonly gini: number;
	/** Per resource, units lost today: spoilage, overflow, transport loss, destroyed stock. */
	readonly waste: Readonly<Record<string, number>>;
	/** Per basic flow resource: whole-world stock ÷ monthly need. */
	readonly reserveMonths: Readonly<Record<string, number>>;
	/** The lowest region reserve of a basic flow resource. */
	readonly minReserve: { readonly region: string; readonly resource: string; readonly months: number };
	/** Region-resource pairs (basic flows) holding less than the strategic reserve target (default 6 months). */
	readonly belowReserveTarget: number;
	readonly transportTonneKm: number;
	/** Transport energy plus energy used as production input (kWh). */
	readonly energyKWh: number;
	/** People under a −50% sanction, and today's over-consumers (summed over resources). */
	readonly sanctioned: number;
	readonly overConsumers: number;
}

/** Per resource over the run (units): initial + produced = consumed + inputs + losses + final + inTransit + residual. */
export interface ResourceBalance {
	readonly initial: number;
	readonly produced: number;
	readonly consumed: number;
	readonly inputs: number;
	readonly spoiled: number;
	readonly overflow: number;
	readonly transportLoss: number;
	readonly shockLoss: number;
	readonly final: number;
	readonly inTransit: number;
	/** What the books fail to explain; rounding only (|residual| ≤ 1e-9 × turnover). */
	readonly residual: number;
}

/**
 * Figures that cannot hide an outage: a mean or a Gini over regions can read 0.9 while a whole
 * region has no water. A person is below the lifeline on a day when they got less than
 * `threat.lifeline` (default half) of a lifeline need (water, food, energy, medicine, housing).
 */
export interface Headline {
	/** The highest share of people below the lifeline on any day, and the first day it happened. */
	readonly peakBelowLifeline: { readonly share: number; readonly day: number };
	/** Person-days below the lifeline ÷ person-days lived. */
	readonly belowLifelineShare: number;
	/** Per region with any: days on which its people were below the lifeline. */
	readonly outageDays: Readonly<Record<string, number>>;
	/** The region and basic resource with the lowest coverage over the run. */
	readonly worstRegion: { readonly region: string; readonly resource: string; readonly coverage: number };
	/** The lowest coverage of a region and basic resource on any single day. */
	readonly worstDay: {
		readonly region: string;
		readonly resource: string;
		readonly coverage: number;
		readonly day: number;
	};
}

/** The outcome file of one run. */
export interface Outcome {
	readonly version: 1;
	readonly world: string;
	readonly startDate: string;
	readonly days: number;
	readonly stepHours: number;
	readonly steps: number;
	readonly shocks: number;
	readonly plan: boolean;
	readonly metrics: ScenarioMetrics;
	/** Outage figures: the first thing to read (see `Headline`). */
	readonly headline: Headline;
	/** Per region, per basic resource: delivered ÷ need over the whole run. */
	readonly coverage: Readonly<Record<string, Readonly<Record<string, number>>>>;
	/** Days the federation spent in survival mode. */
	readonly survivalDays: number;
	/** The adopted plan against what the world executed: transfers and production targets missed (null without a plan). */
	readonly deviations: Deviations | null;
	/** Over-consumption caught over the run (people), repeat offences among them, and compensation hours owed (20 each, ×2 for a repeat). */
	readonly offences: {
		readonly caught: number;
		readonly repeats: number;
		readonly compensationHours: number;
	};
	/** Reduced quotas: every cut of a region's tier-1 quotas for ecosystem damage or food waste, with its cause. */
	readonly quotaCuts: readonly QuotaCut[];
	/** Emergency protocols: every level switch with its causes, and days per scope ('federation' or a region) at each level above normal. */
	readonly threat: {
		readonly events: readonly ThreatEvent[];
		readonly days: Readonly<
			Record<string, { readonly yellow: number; readonly red: number; readonly survival: number }>
		>;
	};
	/** Over the run: tier-1 mean coverage, and served ÷ asked for tiers 2 and 3 (null when not simulated). */
	readonly tierCoverage: {
		readonly basic: number;
		readonly social: number | null;
		readonly rare: number | null;
	};
	/** Per region, every tier: basic as run coverage, social and rare as served ÷ asked in its sample (null when none asked or no sample). */
	readonly tierCoverageByRegion: Readonly<
		Record<string, { readonly basic: number; readonly social: number | null; readonly rare: number | null }>
	>;
	/** The citizen sample: points awarded, spent and burned, tier 2–3 requests, rare-goods waiting list, anti-gaming findings. */
	readonly citizens: CitizensSummary | null;
	readonly balance: Readonly<Record<string, ResourceBalance>>;
	readonly sensors: {
		readonly measured: number;
		readonly dropped: number;
		readonly silenced: number;
		readonly delivered: number;
	};
	readonly daily: readonly DayRecord[];
}

/** What the adopted plan asked for and what the world could execute, over the run. */
export interface Deviations {
	readonly transfers: {
		readonly planned: number;
		readonly executed: number;
		/** Lanes that shipped less than planned, most missed first (at most 20): units over the run. */
		readonly short: readonly {
			readonly arc: string;
			readonly resource: string;
			readonly planned: number;
			readonly executed: number;
		}[];
	};
	readonly production: {
		readonly planned: number;
		readonly executed: number;
		/** Region-resources that made less than their target, most missed first (at most 20). */
		readonly short: readonly {
			readonly region: string;
			readonly resource: string;
			readonly planned: number;
			readonly executed: number;
		}[];
	};
}
