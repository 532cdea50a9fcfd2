import { ets, etsRun } from './ets/autoEts.js';
import { theta } from './theta.js';
import type { LocalRun } from './types.js';

/**
 * The equal-weight mean of automatic ETS and Theta: the M4 competition's lesson that a combination of statistical
 * methods beats each of them (Makridakis, Spiliotis & Assimakopoulos 2020, IJF 36:54–74).
 */
export const combine = (parts: readonly (readonly number[])[]): number[] =>
	parts[0]!.map((_, j) => parts.reduce((a, p) => a + p[j]!, 0) / parts.length);

export const combination = (history: readonly number[], horizon: number, period: number): number[] =>
	combine([ets(history, horizon, period), theta(history, horizon, period)]);

/** Backtest runs of the combination; `etsRuns` reuses an ETS run already made for the same origins. */
export const combinationRun =
	(etsRuns: ReturnType<LocalRun> | null = null): LocalRun =>
	(y, origins, horizon, finalHorizon, period) => {
		const e = etsRuns ?? etsRun(y, origins, horizon, finalHorizon, period);
		return {
			atOrigins: origins.map((o, k) => combine([e.atOrigins[k]!, theta(y.slice(0, o), horizon, period)])),
			final: combine([e.final, theta(y, finalHorizon, period)])
		};
	};
