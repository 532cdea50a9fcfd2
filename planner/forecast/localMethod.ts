import { naive, seasonalNaive } from './baselines.js';
import { holtWinters, holtWintersBacktest } from './holtWinters.js';
import type { BacktestForecaster, MethodName, PointForecaster } from './types.js';

/** Forecasts at every backtest origin by refitting on each prefix (the general, slower way). */
const refitEachOrigin =
	(f: PointForecaster): BacktestForecaster =>
	(y, origins, horizon, period) =>
		origins.map((o) => f(y.slice(0, o), horizon, period));

/** The forecaster of a local method and its backtest; null for methods computed elsewhere (the global model). */
export function localMethod(method: MethodName): { forecast: PointForecaster; backtest: BacktestForecaster } | null {
	switch (method) {
		case 'naive':
			return { forecast: naive, backtest: refitEachOrigin(naive) };
		case 'seasonal-naive':
			return { forecast: seasonalNaive, backtest: refitEachOrigin(seasonalNaive) };
		case 'holt-winters':
			return { forecast: holtWinters, backtest: holtWintersBacktest };
		case 'global':
			return null;
	}
}
