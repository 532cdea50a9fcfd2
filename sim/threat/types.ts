import type { StandIn } from '../../data/plan/standIns.js';

/**
 * Emergency protocols (the founding documents' threat levels), as a state machine per region and
 * for the federation. Levels are ordered: each one keeps the switches of the levels below it.
 */
export type ThreatLevel = 'normal' | 'yellow' | 'red' | 'survival';

/**
 * A good that stands in for resource k (wheat for food's kcal; `data/plan/standIns.ts`), with its index in the
 * compiled world: a stock is judged with its stand-ins, as the world eats it.
 */
export interface IndexedStandIn {
	readonly k: number;
	readonly of: StandIn;
}

/** What a scope (one region, or the federation) looks like today; observed, never guessed. */
export interface ThreatConditions {
	/**
	 * Days until the first basic flow resource runs out at today's deficit (need − capacity), its stand-ins
	 * counted in stock and capacity; Infinity when none runs out.
	 */
	readonly stockDays: number;
	/** Share of the scope's sensor gateways silent today (0..1). */
	readonly sensorsLost: number;
	/** True when every arc into the region is closed (always false for the federation). */
	readonly cutOff: boolean;
	/** Share of people who got less than the lifeline share of a basic need today (0..1). */
	readonly belowLifeline: number;
	/** Share of people living in regions at each level or above (federation only; 0 for a region). */
	readonly regionsAtLeast: Readonly<Record<Exclude<ThreatLevel, 'normal'>, number>>;
	/** A level declared by people or an event (a `survival-mode` shock); 'normal' when none. */
	readonly declared: ThreatLevel;
}

/** When a level is entered; null turns a trigger off. A level fires when any of its triggers does. */
export interface ThreatTrigger {
	/** Enter when stockDays < this. */
	readonly stockDaysBelow: number | null;
	/** Enter when sensorsLost ≥ this. */
	readonly sensorsLostAtLeast: number | null;
	/** Enter when the region is cut off. */
	readonly cutOff: boolean;
	/** Enter when belowLifeline ≥ this. */
	readonly belowLifelineAtLeast: number | null;
	/** Federation: enter when the share of people in regions at this level or above is ≥ this (and > 0). */
	readonly regionsAtLeast: number | null;
}

/** Triggers per level, and the hysteresis that keeps a level from flapping. */
export interface ThreatOptions {
	readonly region: Readonly<Record<Exclude<ThreatLevel, 'normal'>, ThreatTrigger>>;
	readonly federation: Readonly<Record<Exclude<ThreatLevel, 'normal'>, ThreatTrigger>>;
	/**
	 * A trigger clears only with margin (default 1.5): stock days above threshold × margin, shares
	 * below threshold ÷ margin. Without it a level would lift and return on noise.
	 */
	readonly liftMargin: number;
	/** Consecutive clear days before a level lifts (default 3). */
	readonly liftAfterDays: number;
	/** Lifeline: share of the norm below which a person counts as in outage (default 0.5). */
	readonly lifeline: number;
	/**
	 * The needs a lifeline is about (default water, food, energy, medicine, housing: what keeps a
	 * person alive and sheltered); null for every basic resource. Wheat is part of food, so a wheat
	 * shortage alone is no outage.
	 */
	readonly lifelineResources: readonly string[] | null;
	/** Survival mode: tier-1 quotas × this (default 0.7, the documents' figure). */
	readonly survivalQuotaFactor: number;
	/** Barter fallback at red: kWh per kg of grain (default 1, the documents' "1 kg grain = 1 kWh"). */
	readonly barterKWhPerKgGrain: number;
}

/** Where a scope stands: its level, since which day, and how many days its triggers have been clear. */
export interface ThreatState {
	readonly level: ThreatLevel;
	readonly since: number;
	readonly clearDays: number;
}

/** Why a level changed: the trigger, what was observed, and the threshold it was held against. */
export interface ThreatCause {
	readonly trigger: 'stock-days' | 'sensors-lost' | 'cut-off' | 'below-lifeline' | 'regions' | 'declared';
	readonly value: number;
	readonly threshold: number;
}

/** One switch of a level, with its causes, for the audit log. */
export interface ThreatEvent {
	readonly day: number;
	/** 'federation' or a region id. */
	readonly scope: string;
	readonly from: ThreatLevel;
	readonly to: ThreatLevel;
	/** Entering: the triggers that fired. Lifting: the triggers of the old level, now clear (empty when none was set). */
	readonly causes: readonly ThreatCause[];
}

/** What a level switches on (the documents' protocols). */
export interface ThreatSwitches {
	/** Yellow and above: the region keeps its own stock (no automatic shipments out) and runs on local reserves. */
	readonly localReserves: boolean;
	/** Red and above: councils distribute by hand; the plan is advisory. */
	readonly manualDistribution: boolean;
	/** Red and above: no points are earned or spent. */
	readonly pointsSuspended: boolean;
	/** Red and above: barter at this rate (kWh per kg of grain); null otherwise. */
	readonly barterKWhPerKgGrain: number | null;
	/** Tier-1 quotas × this (survival: 0.7; otherwise 1). */
	readonly quotaFactor: number;
	/** Survival: rare goods are closed. */
	readonly rareGoodsClosed: boolean;
}
