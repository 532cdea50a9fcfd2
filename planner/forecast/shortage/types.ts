import type { StockPathOptions } from './stockPaths.js';

/** A name in both languages of the console. */
export interface Names {
	readonly ru: string;
	readonly en: string;
}

/** What a region needs of a resource per day: population × the catalogue's norm (the documents' basic-needs tier). */
export interface DailyNeed {
	/** Resource units per day. */
	readonly perDay: number;
	/** People counted, and the per-person norm per day, for the sentence ("51,000 people × 50 L"). */
	readonly people: number;
	readonly perPersonPerDay: number;
}

/** One region's stock of one resource, as equally spaced windows (NaN = no reading), with its consumption if known. */
export interface ShortageInput {
	readonly region: { readonly id: string; readonly name: Names };
	/** `unit` is the catalogue's unit (L, kg, kWh, …); shown with every amount. */
	readonly resource: { readonly id: string; readonly name: Names; readonly unit?: string };
	/** Start of each window, ms since the epoch, oldest first; one step apart. */
	readonly times: readonly number[];
	readonly stepMs: number;
	readonly stock: readonly number[];
	/** Consumption per window, same grid; explains a warning against its seasonal norm. */
	readonly consumption?: readonly number[];
	/** Need per day from population × norm; the floor is `reserveDays` × this. */
	readonly need?: DailyNeed;
	/** An explicit reserve floor in resource units; overrides the need. */
	readonly reserveFloor?: number;
	/**
	 * This good's own strategic reserve in days (the catalogue's `reserveDays`), over the settings' default:
	 * a grid holds days of electricity, not the six months a granary holds, and a floor nobody can store
	 * would warn every day about every region.
	 */
	readonly reserveDays?: number;
}

/** Settings of shortage warnings; defaults in `shortageDefaults`. */
export interface ShortageOptions {
	/** Strategic reserve the floor stands for, in days; default 182 (the domain's 6 months). */
	readonly reserveDays: number;
	/** Warn when the probability of being below the floor reaches this; default 0.5. */
	readonly minProbability: number;
	/** Steps ahead; default 90. */
	readonly horizon: number;
	/** Season length of the net flow in steps; default 7 (daily windows). */
	readonly period: number;
	/** Sample-path settings (see `stockPaths`). */
	readonly paths: Partial<StockPathOptions>;
}

/** Why consumption pushes the stock down: its excess over the seasonal norm (share) since a date. */
export interface ConsumptionReason {
	readonly excess: number;
	readonly since: number;
}

/** A crossing of a threshold: when, how many days from the last window, and the probability of being below then. */
export interface Crossing {
	readonly date: number;
	readonly days: number;
	readonly probability: number;
}

/**
 * Where the floor came from: `need` (population × norm, the default), `given` (an explicit floor), or `served`
 * (the recent mean consumption, only when the catalogue has no per-day norm: it falls with the stock, so it is
 * flagged in the sentence).
 */
export type FloorBasis = 'need' | 'given' | 'served';

interface Common {
	readonly region: string;
	readonly resource: string;
	/** The plain-language line in both languages. */
	readonly sentence: Names;
}

/**
 * The outcome for one region and resource, in order of urgency: `empty` (the last reading is zero or less) and
 * `below-floor` (already under the reserve) are stated before any forecast; `warning` is a forecast crossing.
 */
export type ShortageOutcome =
	| (Common & {
			readonly status: 'empty';
			readonly floor: number;
			readonly floorBasis: FloorBasis;
			/** Start of the window since which every reading was zero or less. */
			readonly since: number;
	  })
	| (Common & {
			readonly status: 'below-floor';
			readonly floor: number;
			readonly floorBasis: FloorBasis;
			/** Start of the window since which every reading was below the floor. */
			readonly since: number;
			readonly stock: number;
			/** Days of need the stock covers; null without a need. */
			readonly daysOfNeed: number | null;
			/** Null when the stock is forecast to stay above zero within the horizon (or cannot be forecast). */
			readonly runsOut: Crossing | null;
	  })
	| (Common & {
			readonly status: 'warning';
			readonly floor: number;
			readonly floorBasis: FloorBasis;
			readonly belowReserve: Crossing;
			/** Null when the stock stays above zero within the horizon. */
			readonly runsOut: Crossing | null;
			readonly reason: ConsumptionReason | null;
			readonly staleSteps: number;
	  })
	| (Common & {
			readonly status: 'clear';
			readonly floor: number;
			readonly floorBasis: FloorBasis;
			readonly horizonDays: number;
			readonly maxProbability: number;
	  })
	| (Common & {
			readonly status: 'insufficient-data';
			readonly reason: Names;
	  });
