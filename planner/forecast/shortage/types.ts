import type { ForecastOptions, MethodName } from '../types.js';

/** A name in both languages of the console. */
export interface Names {
	readonly ru: string;
	readonly en: string;
}

/** One region's stock of one resource, as equally spaced windows (NaN = no reading), with its consumption if known. */
export interface ShortageInput {
	readonly region: { readonly id: string; readonly name: Names };
	readonly resource: { readonly id: string; readonly name: Names };
	/** Start of each window, ms since the epoch, oldest first; one step apart. */
	readonly times: readonly number[];
	readonly stepMs: number;
	readonly stock: readonly number[];
	/** Consumption per window, same grid; explains a warning against its seasonal norm. */
	readonly consumption?: readonly number[];
	/** The reserve floor in resource units; default `reserveDays` × mean daily consumption of the last season. */
	readonly reserveFloor?: number;
}

/** Settings of shortage warnings; defaults in `shortageDefaults`. */
export interface ShortageOptions {
	/** Strategic reserve the floor stands for, in days; default 182 (the domain's 6 months). */
	readonly reserveDays: number;
	/** Warn when the probability of being below the floor reaches this; default 0.5. */
	readonly minProbability: number;
	/** Forecast settings for the stock (steps); defaults: weekly season, 90 steps ahead, 4 backtests 7 steps ahead. */
	readonly forecast: Partial<ForecastOptions>;
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

/** The outcome for one region and resource. Sentences are plain language in Russian and English. */
export type ShortageOutcome =
	| {
			readonly status: 'warning';
			readonly region: string;
			readonly resource: string;
			readonly floor: number;
			readonly belowReserve: Crossing;
			/** Null when the stock stays above zero within the horizon. */
			readonly runsOut: Crossing | null;
			readonly method: MethodName;
			readonly reason: ConsumptionReason | null;
			readonly staleSteps: number;
			readonly sentence: Names;
	  }
	| {
			readonly status: 'clear';
			readonly region: string;
			readonly resource: string;
			readonly floor: number;
			readonly horizonDays: number;
			readonly maxProbability: number;
	  }
	| {
			readonly status: 'insufficient-data';
			readonly region: string;
			readonly resource: string;
			readonly reason: string;
	  };
