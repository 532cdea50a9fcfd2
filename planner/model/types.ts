/**
 * The allocation model's input: a plain typed object, built from reference data, telemetry and
 * forecasts by `buildPlanningInput`, so tests and other callers can write one by hand.
 * Amounts are in the resource's catalogue unit; capacities per day; periods of `periodDays` days.
 */
export interface PlanningInput {
	/** ISO date of the first day of period 0. */
	readonly start: string;
	/** Days per period (default 7). */
	readonly periodDays: number;
	/** Number of periods in the horizon (default 4). */
	readonly periods: number;
	readonly regions: readonly PlanningRegion[];
	readonly resources: readonly PlanningResource[];
	readonly arcs: readonly PlanningArc[];
	/** Current stock per region and resource, in catalogue units. */
	readonly stocks: readonly Stock[];
	/** Where the stocks came from: hash of the readings and their time window (ms). */
	readonly telemetry: { readonly hash: string; readonly from: number; readonly to: number };
	/** Optional forecast adjustments (Correlation Center): demand and production factors. */
	readonly forecasts: readonly ForecastAdjustment[];
}

export interface PlanningRegion {
	readonly id: string;
	readonly name: { readonly ru: string; readonly en: string };
	/** All people (adults + children). */
	readonly population: number;
	readonly children: number;
	readonly physicalWorkers: number;
	readonly production: readonly {
		readonly resource: string;
		/** Capacity per day in each period, seasonality already applied (length = periods). */
		readonly capacityPerDay: readonly number[];
		/** Other resources consumed per unit produced (e.g. 0.05 kWh per kg of wheat). */
		readonly inputs: readonly { readonly resource: string; readonly perUnit: number }[];
	}[];
	readonly storage: readonly { readonly resource: string; readonly capacity: number }[];
}

export interface PlanningResource {
	readonly id: string;
	readonly name: { readonly ru: string; readonly en: string };
	readonly unit: string;
	/** Tier-1 norm: per person per day (`flow`) or per person standing (`stock`, e.g. housing); null if none. */
	readonly norm: {
		readonly perPerson: number;
		readonly kind: 'flow' | 'stock';
		readonly physicalLabourExtra: number;
		readonly perChildExtra: number;
	} | null;
	readonly tier: 'basic' | 'social' | 'rare';
	readonly storageLossPerDay: number;
	/**
	 * Resources that may stand in for this one: at most `maxShare` of what is received, each unit
	 * supplying `perUnit` units of this resource's need (default 1, kilogram for kilogram; 3400 kcal
	 * of food per kg of wheat when food is counted by nutrient, see `planner/nutrition/withNutrition`).
	 */
	readonly substitutes: readonly {
		readonly by: string;
		readonly maxShare: number;
		readonly perUnit?: number;
		/** What one unit of the substitute carries of each of the need's `nutrients` (absent: none). */
		readonly nutrients?: Readonly<Record<string, number>>;
	}[];
	/**
	 * Nutrients the need must supply besides its own unit (protein, g a person-day, when food is counted
	 * by nutrient), with what one unit of this resource carries; coverage is the scarcer nutrient's.
	 */
	readonly nutrients?: readonly {
		readonly id: string;
		readonly perPersonPerDay: number;
		readonly perUnit: number;
	}[];
	/** Mass per unit in kg, for tonne-kilometres (1 for L and kg, 0.0005 for kcal, ...). */
	readonly massKgPerUnit: number;
}

export interface PlanningArc {
	readonly id: string;
	readonly from: string;
	readonly to: string;
	readonly mode: string;
	readonly lengthKm: number;
	readonly leadTimeDays: number;
	readonly lossRate: number;
	readonly carries: readonly {
		readonly resource: string;
		readonly capacityPerDay: number;
		readonly energyKWhPerUnit: number;
	}[];
}

export interface Stock {
	readonly region: string;
	readonly resource: string;
	readonly amount: number;
}

/** A forecast or warning turned into numbers: need × demandFactor, capacity × productionFactor. */
export interface ForecastAdjustment {
	readonly region: string;
	readonly resource: string;
	/** Period index; absent means every period. */
	readonly period?: number;
	readonly demandFactor?: number;
	readonly productionFactor?: number;
}

/** The scenario policies the planner knows. */
export type PolicyId =
	'equity-first' | 'least-transport' | 'most-resilient' | 'local-self-sufficiency' | 'balanced';

/** A reviewer's or panel's reason for rework, each turned into a model change. */
export type ReworkReason =
	| { readonly kind: 'norm'; readonly resource: string; readonly perPersonPerDay: number }
	| { readonly kind: 'floor'; readonly resource: string; readonly days: number; readonly region?: string }
	| { readonly kind: 'priority'; readonly region: string; readonly minCoverage: number }
	| { readonly kind: 'avoid-arc'; readonly arc: string };

/** Settings of the model that policies and rework change; defaults in `modelDefaults`. */
export interface ModelSettings {
	/** Coverage floor of `least-transport` and `most-resilient`, 0..1 (default 0.9 and 0.85). */
	readonly coverageFloor: number;
	readonly resilientCoverageFloor: number;
	/** Coverage `local-self-sufficiency` imports for, and no more (default 0.7). */
	readonly lifelineCoverage: number;
	/** Default reserve floor in days of need, never above what the stock can hold (default 3). */
	readonly reserveFloorDays: number;
	/** A default floor holds back at most this share of the current stock (default 0.5). */
	readonly reserveFloorMaxShare: number;
	/** Reserve months counted at most (DOMAIN: strategic reserves of 6 months). */
	readonly reserveMonthsCap: number;
	/**
	 * Cost of the whole world's need going unmet in the first coverage band below a policy's floor,
	 * in units of the policy's own aim (default 100: 1% of all person-days below the floor weighs as
	 * much as the whole aim). Each band further down costs twice as much (see `shortfallBands`).
	 */
	readonly shortfallPenalty: number;
	/** Coverage shares where the shortfall cost doubles, besides the floor and the lifeline (default 0.5, 0.25). */
	readonly shortfallBreakpoints: readonly number[];
	/** Resources whose coverage below `lifelineCoverage` is a lifeline breach (default water, medicine). */
	readonly lifelineResources: readonly string[];
	/** How much dearer a person-day below the lifeline is than the same band elsewhere (default 100). */
	readonly lifelineMultiplier: number;
	/**
	 * End-of-horizon target in days of need (default 14), never above what the region starts with:
	 * a plan should not hand the next round emptier stores than it found just to save transport.
	 */
	readonly endStockDays: number;
	/**
	 * The world's survival protocol, which the plan must expect (default: the simulation's own rule,
	 * see `survivalRule`); null plans as if the world never cut quotas.
	 */
	readonly survival: SurvivalRule | null;
	/**
	 * The plan keeps the federation's stock this many times above the survival rule's stock-days
	 * trigger (default 1.15): the world checks it every day on its true flows, which vary around the plan's weekly ones.
	 */
	readonly survivalTriggerMargin: number;
	/**
	 * Sites make at least their region's need (within capacity) and draw its inputs, as the world's sites
	 * do when a plan's production targets are not executed (the closed loop; default false: targets are).
	 */
	readonly sitesProduceToNeed: boolean;
	/**
	 * Regions whose sites the plan does not hold to need (default none): regions under manual distribution,
	 * cut off from the plan's arcs, whose sites may lack the inputs the floor would draw (energy in the dark).
	 */
	readonly sitesOnTheirOwn?: readonly string[];
	readonly rework: readonly ReworkReason[];
}

/**
 * When the world enters survival mode and what it then does (the documents' "basic quotas × 0.7"):
 * a region enters when a share of its people get less than the lifeline of a lifeline need; every
 * region does when the regions in survival hold a share of all people.
 */
export interface SurvivalRule {
	/** Tier-1 flow quotas × this in survival mode (default 0.7). */
	readonly quotaFactor: number;
	/** Share of the norm below which a person is below the lifeline (default 0.5). */
	readonly lifeline: number;
	/** The needs a lifeline is about (default water, food, energy, medicine, housing); null for every basic need. */
	readonly lifelineResources: readonly string[] | null;
	/** A region enters when at least this share of its people is below the lifeline (default 0.3); null: never. */
	readonly regionBelowLifelineAtLeast: number | null;
	/** Every region enters when regions in survival hold at least this share of people (default 0.5); null: never. */
	readonly federationRegionsAtLeast: number | null;
	/**
	 * Every region enters when the federation's stock of a basic flow good lasts under this many days at its deficit
	 * (need − capacity; default 14); null: never.
	 */
	readonly federationStockDaysBelow: number | null;
	/** How the world rations a short good: the same share for all, or the lifeline to as many as it reaches first. */
	readonly rationing: 'proportional' | 'lifeline-first';
	/**
	 * Regions already in survival mode when the plan starts (the loop's threat levels): their first period is
	 * cut whatever the plan serves, since the world lifts a level only after days clear (default none).
	 */
	readonly inForce?: readonly string[];
	/**
	 * Days of the first period each region of `inForce` stays in survival mode when no need of the plan keeps it
	 * there (the world lifts a level after its days clear: the loop knows how many have); absent: all of them.
	 */
	readonly inForceDays?: Readonly<Record<string, number>>;
}
