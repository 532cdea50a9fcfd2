import { etsDefaults } from './defaults.js';
import { etsProject, etsRecursion } from './etsRecursion.js';
import { fitEts } from './fitEts.js';
import type { EtsFit, EtsOptions, EtsSpec, EtsState } from './types.js';

/**
 * The models R's ets(y) tries by default: additive errors with additive or no season, and, on strictly positive
 * series, multiplicative errors with any season (additive errors with a multiplicative season are unstable and
 * left out, as R's `restrict = TRUE` does).
 */
export function etsCandidates(y: readonly number[], period: number, o: EtsOptions = etsDefaults): EtsSpec[] {
	const positive = y.every((v) => v > 0);
	const seasonal = period >= 2 && period <= o.maxPeriod;
	const out: EtsSpec[] = [];
	for (const error of positive ? (['A', 'M'] as const) : (['A'] as const))
		for (const trend of ['N', 'A', 'Ad'] as const)
			for (const season of seasonal ? (['N', 'A', 'M'] as const) : (['N'] as const))
				if (!(season === 'M' && (error === 'A' || !positive))) out.push({ error, trend, season });
	return out;
}

/** The candidate with the lowest AICc (Hyndman et al. 2002, IJF 18:439–454: R's ets(y)); null if none can be fitted. */
export function autoEts(
	y: readonly number[],
	period: number,
	options: Partial<EtsOptions> = {}
): EtsFit | null {
	const o: EtsOptions = { ...etsDefaults, ...options };
	let best: EtsFit | null = null;
	for (const spec of etsCandidates(y, period, o)) {
		const fit = fitEts(y, spec, period, o.maxIterations);
		if (fit && (!best || fit.aicc < best.aicc)) best = fit;
	}
	return best;
}

/** Automatic ETS point forecasts; the last value repeated when no model can be fitted (too short a history). */
export function ets(history: readonly number[], horizon: number, period: number): number[] {
	const fit = autoEts(history, period);
	if (!fit) return Array.from({ length: horizon }, () => history[history.length - 1]!);
	return etsProject(fit.state, fit.spec, fit.params, fit.n, horizon);
}

/**
 * Backtest forecasts at every origin from one model chosen and fitted on the data before the first origin, run on
 * through the later origins (out of sample, one selection instead of one per origin, as Holt–Winters does here),
 * and the final forecast from a model chosen again on all of y.
 */
export function etsRun(
	y: readonly number[],
	origins: readonly number[],
	horizon: number,
	finalHorizon: number,
	period: number
): { atOrigins: number[][]; final: number[] } {
	const first = origins[0] ?? y.length;
	const fit = autoEts(y.slice(0, first), period);
	if (!fit)
		return {
			atOrigins: origins.map((o) => Array.from({ length: horizon }, () => y[o - 1]!)),
			final: ets(y, finalHorizon, period)
		};
	const states = new Map<number, EtsState>();
	etsRecursion(
		y.slice(0, origins[origins.length - 1]!),
		fit.spec,
		fit.params,
		fit.init,
		new Set(origins),
		(t, s) => states.set(t, s)
	);
	return {
		// A multiplicative model stops where its forecast reaches 0; origins after that fall back to the last value.
		atOrigins: origins.map((o) => {
			const s = states.get(o);
			return s
				? etsProject(s, fit.spec, fit.params, o, horizon)
				: Array.from({ length: horizon }, () => y[o - 1]!);
		}),
		final: ets(y, finalHorizon, period)
	};
}

/** R's name of a model: "MAdM". */
export const etsName = (s: EtsSpec): string => `${s.error}${s.trend}${s.season}`;
