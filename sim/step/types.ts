import type { Rng } from '../rng/types.js';
import type { FederationThreat } from '../threat/stepThreats.js';

/** Per-resource flows over a run, summed over regions (units). Conservation: see `balanceOf`. */
export interface FlowTotals {
	readonly produced: Float64Array;
	/** Drawn by the population (tier-1 consumption, including substitutes and over-consumption). */
	readonly consumed: Float64Array;
	/** Used up as production inputs (e.g. energy for wheat). */
	readonly inputs: Float64Array;
	/** Lost in storage (spoilage). */
	readonly spoiled: Float64Array;
	/** Above storage capacity, discarded. */
	readonly overflow: Float64Array;
	/** Lost on arcs. */
	readonly transportLoss: Float64Array;
	/** Destroyed by stock-loss shocks. */
	readonly shockLoss: Float64Array;
}

/**
 * The mutable state of one run. Typed arrays indexed like `CompiledWorld`; nothing here is shared
 * between runs, so Monte Carlo runs can go side by side.
 */
export interface SimState {
	step: number;
	day: number;
	/** Survival mode declared by an event (a `survival-mode` shock) for the whole federation. */
	survival: boolean;
	/** Threat levels of the regions and the federation, stepped at each day's end. */
	threat: FederationThreat;
	/** Per region, today: tier-1 quota factor (survival mode 0.7) and 1 when it keeps its own stock (yellow and above). */
	readonly quotaFactor: Float64Array;
	readonly localReserves: Uint8Array;
	/** Per rk, today: reduced-quota factor of a region that damages ecosystems or wasted food (1 = none; see quotas/). */
	readonly quotaCut: Float64Array;
	/** Per region, today: 1 while an ecosystem-damage finding stands (an `ecosystem-damage` shock). */
	readonly ecosystemDamage: Uint8Array;
	readonly stock: Float64Array;
	readonly adults: Float64Array;
	readonly children: Float64Array;
	readonly workers: Float64Array;
	/** Per site: today's seasonal factor, this year's yield, breakdown loss and its end day, shock factor. */
	readonly season: Float64Array;
	readonly yieldFactor: Float64Array;
	readonly disruption: Float64Array;
	readonly disruptionUntil: Int32Array;
	readonly capacityFactor: Float64Array;
	/** Per site: today's capacity, units/day, with every factor above and labour applied (set by beginDay). */
	readonly siteCapacity: Float64Array;
	/** Per region: share of the work force available (quarantine). */
	readonly labourFactor: Float64Array;
	/** Per rk: demand multiplier (surges). */
	readonly demandFactor: Float64Array;
	/** Per rk: people's need today (units/day, at norm, with surges) and what they ask for (quota × behaviour). */
	readonly need: Float64Array;
	readonly request: Float64Array;
	/** Per rk: sanctioned people, by the day their sanction started (ring of sanctionDays, [(day % D) * RK + rk]), and their sum. */
	readonly sanctionRing: Float64Array;
	readonly sanctioned: Float64Array;
	/** Per rk: people sanctioned at least once in the run (distinct, as far as cohorts allow). */
	readonly everSanctioned: Float64Array;
	/** Over-consumers caught, of them repeat offences, and the compensation hours they owe, over the run. */
	readonly offences: { caught: number; repeats: number; compensationHours: number };
	/** Per rk: today's over-consumers. */
	readonly overConsumers: Float64Array;
	readonly arcOpen: Uint8Array;
	/**
	 * Goods in transit, per lane a ring of its lead + 1 steps, goods due at step t at
	 * [transitStart[lane] + t % (lead + 1)]; a lane's ring ends where the next lane's starts.
	 */
	readonly transit: Float64Array;
	readonly transitStart: Int32Array;
	/** Per lane: goods on the road now (the sum of its transit ring), kept as they depart and arrive. */
	readonly onRoad: Float64Array;
	/** Per gateway (region-major, site, gateway): 1 when silenced by an outage. */
	readonly gatewaySilent: Uint8Array;
	/** Per shock: what its start did, to undo at its end (people moved, gateways silenced). */
	readonly shockMemo: (number[] | null)[];
	/** Today's figures per rk: need (set by beginDay), delivered (summed by the steps), shortfall person-days (set by endDay). */
	readonly dayNeed: Float64Array;
	readonly dayGot: Float64Array;
	/** Per substitute (indexed like `substitute`): units drawn by the cell being served this step, for its nutrients. */
	readonly substituteDrawn: Float64Array;
	readonly dayShortfall: Float64Array;
	readonly dayWaste: Float64Array;
	/** Per rk, today: units discarded above storage capacity (a region's avoidable waste, for quotas/). */
	readonly dayOverflow: Float64Array;
	/** Per rk: goods that arrived today (units), for the threat levels' days of stock. */
	readonly dayInflow: Float64Array;
	/** Today per lane: units that departed; per rk: units produced (for the plan's deviations). */
	readonly dayShipped: Float64Array;
	readonly dayProduced: Float64Array;
	/** Since the last sensor report: produced per site, consumed per rk (units). */
	readonly sinceProduced: Float64Array;
	readonly sinceConsumed: Float64Array;
	/** Per rk: need that counts for coverage today (need less sanctioned access cuts), units/day. */
	readonly coverNeed: Float64Array;
	/** Today's transport (t·km, kWh) and production-input energy (kWh). */
	dayTonneKm: number;
	dayEnergy: number;
	readonly totals: FlowTotals;
	readonly rng: { readonly world: Rng; readonly behaviour: Rng; readonly sensors: Rng; readonly shocks: Rng };
}

/**
 * What a step reads that holds for a whole day, worked out once a day (`fillDay`) instead of in each
 * of its 24 hourly steps: the same expressions, so the step's arithmetic is unchanged.
 */
export interface DayTables {
	/** Per production position: the most a site makes in a step (capacity × dt, within the plan's target share). */
	readonly siteMost: Float64Array;
	/** Per production position: (request + planned outgoing) × dt, the room a site fills beyond its store; NaN under a target. */
	readonly siteRoom: Float64Array;
	/** Per consumption position, a flow: what it asks for in a step (request × dt) and may take (within the plan's allocation). */
	readonly asked: Float64Array;
	readonly want: Float64Array;
	/** Per consumption position: need counted for coverage, per step (flows) or per day (standing stocks). */
	readonly need: Float64Array;
	/** Today's shipping lanes on open arcs, `shipLanes[0..ships)`, and the most each ships a step (rate and capacity × dt). */
	readonly shipLanes: Int32Array;
	readonly shipMost: Float64Array;
	ships: number;
	/** Per shipping lane with a lead: its ring slot `lead` steps after the day's first step (see `SimState.transit`). */
	readonly shipSlot: Int32Array;
	/** The day's first step: a step reads its place in the day's rings as step − firstStep. */
	firstStep: number;
}
