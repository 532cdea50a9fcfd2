import { naive, seasonalNaive } from './baselines.js';
import { combination, combinationRun } from './combination.js';
import { ets, etsRun } from './ets/autoEts.js';
import { fastTrendRun, fastTrends, holtWinters, holtWintersRun } from './holtWinters.js';
import { theta } from './theta.js';
import { tsb } from './tsb.js';
import type { LocalRun, MethodName, PointForecaster } from './types.js';

/** Forecasts at every backtest origin by refitting on each prefix, and from the end (the general way). */
const refitEachOrigin =
	(f: PointForecaster): LocalRun =>
	(y, origins, horizon, finalHorizon, period) => ({
		atOrigins: origins.map((o) => f(y.slice(0, o), horizon, period)),
		final: f(y, finalHorizon, period)
	});

/** A local method: its point forecaster and its backtest run; null for methods computed elsewhere (the global model). */
export function localMethod(method: MethodName): { forecast: PointForecaster; run: LocalRun } | null {
	switch (method) {
		case 'naive':
			return { forecast: naive, run: refitEachOrigin(naive) };
		case 'seasonal-naive':
			return { forecast: seasonalNaive, run: refitEachOrigin(seasonalNaive) };
		case 'holt-winters':
			return { forecast: holtWinters, run: holtWintersRun };
		case 'holt-winters-fast-trend':
			return {
				forecast: (history, horizon, period) => holtWinters(history, horizon, period, fastTrends),
				run: fastTrendRun(null)
			};
		case 'ets':
			return { forecast: ets, run: etsRun };
		case 'combination':
			return { forecast: combination, run: combinationRun() };
		case 'theta':
			return { forecast: theta, run: refitEachOrigin(theta) };
		case 'tsb':
			return { forecast: tsb, run: refitEachOrigin(tsb) };
		case 'global':
			return null;
	}
}
