import { backtestOrigins, minTraining } from './backtest.js';
import { cleanHistory } from './cleanHistory.js';
import type { ForecastOptions } from './types.js';

/** Steps each backtest forecast covers: `backtestHorizon` when set (at most the horizon), else the horizon. */
export const backtestSteps = (o: ForecastOptions): number =>
	o.backtestHorizon > 0 ? Math.min(o.backtestHorizon, o.horizon) : o.horizon;

/** The history a forecast is fitted to, and its backtest origins; shared by local methods and the global model. */
export type PreparedHistory =
	| {
			readonly status: 'ok';
			readonly y: readonly number[];
			readonly stale: number;
			readonly filled: number;
			readonly origins: readonly number[];
	  }
	| { readonly status: 'too-short'; readonly have: number; readonly need: number };

/** Truncates to `maxHistory`, cleans gaps (see cleanHistory) and places the rolling origins. */
export function prepareHistory(raw: readonly number[], o: ForecastOptions): PreparedHistory {
	const clean = cleanHistory(raw.length > o.maxHistory ? raw.slice(raw.length - o.maxHistory) : raw);
	const hb = backtestSteps(o);
	const need = minTraining(o.period) + hb;
	if (clean.values.length < need) return { status: 'too-short', have: clean.values.length, need };
	const origins = backtestOrigins(clean.values.length, hb, o.period, o.origins, o.originStride);
	return {
		status: 'ok',
		y: clean.values,
		stale: o.staleSteps + clean.trailing,
		filled: clean.filled,
		origins
	};
}
