import type { ForecastAdjustment, Stock } from '../model/types.js';

/** Current stocks and where they came from (hash and time window of the readings, ms). */
export interface StockSnapshot {
	readonly stocks: readonly Stock[];
	readonly hash: string;
	readonly from: number;
	readonly to: number;
	/** Region × resource pairs of the reference storage with no reading (kept at the reference value). */
	readonly missing: readonly { readonly region: string; readonly resource: string }[];
}

/** Options of `buildPlanningInput`; defaults in `inputDefaults`. */
export interface InputOptions {
	/** Days per period (default 7). */
	readonly periodDays: number;
	/** Periods in the horizon (default 4). */
	readonly periods: number;
	/** First day of the plan, ISO date (default: the day of the snapshot's last reading). */
	readonly start: string | null;
	/** kg per catalogue unit, for tonne-kilometres; units not listed weigh 0 (e.g. kWh on the grid). */
	readonly massKgPerUnit: Readonly<Record<string, number>>;
	readonly forecasts: readonly ForecastAdjustment[];
}
