import type { EtsParams, EtsSpec, EtsState } from './types.js';

/**
 * Runs the model's recursions over y from `init` (R's forecast::ets C code, etscalc.c: the updates are the same for
 * both error types; only the likelihood differs). Returns R's −2 log-likelihood up to a constant, n·log(SSE) plus
 * 2·Σ log|ŷ| for multiplicative errors, and the final state; NaN where a multiplicative model meets ŷ = 0. Calls
 * `snapshot(t, state)` before observing y[t] for each t in `at` (and for y.length), the state a forecast from t uses.
 */
export function etsRecursion(
	y: readonly number[],
	spec: EtsSpec,
	p: EtsParams,
	init: EtsState,
	at: ReadonlySet<number> | null = null,
	snapshot?: (t: number, s: EtsState) => void
): { lik: number; state: EtsState } {
	const m = init.season.length;
	const seasonal = spec.season !== 'N';
	const multSeason = spec.season === 'M';
	const multError = spec.error === 'M';
	const phi = spec.trend === 'N' ? 0 : p.phi;
	const betaShare = spec.trend === 'N' ? 0 : p.beta / p.alpha;
	const season = Float64Array.from(init.season);
	let level = init.level;
	let trend = spec.trend === 'N' ? 0 : init.trend;
	let sse = 0;
	let logs = 0;
	for (let t = 0; t < y.length; t++) {
		if (at?.has(t)) snapshot!(t, { level, trend, season: Float64Array.from(season) });
		const phase = seasonal ? t % m : 0;
		const s = seasonal ? season[phase]! : multSeason ? 1 : 0;
		const phib = phi * trend;
		const q = level + phib;
		const yhat = multSeason ? q * s : q + s;
		const yt = y[t]!;
		if (multError) {
			// R takes |ŷ| in the log term and gives up only where ŷ is numerically 0.
			if (!(Math.abs(yhat) >= 1e-10)) return { lik: Number.NaN, state: init };
			const e = (yt - yhat) / yhat;
			sse += e * e;
			logs += Math.log(Math.abs(yhat));
		} else {
			const e = yt - yhat;
			sse += e * e;
		}
		const deseasoned = !seasonal ? yt : multSeason ? yt / s : yt - s;
		const newLevel = q + p.alpha * (deseasoned - q);
		if (spec.trend !== 'N') trend = phib + betaShare * (newLevel - level - phib);
		if (seasonal) season[phase] = s + p.gamma * ((multSeason ? yt / q : yt - q) - s);
		level = newLevel;
	}
	if (at?.has(y.length)) snapshot!(y.length, { level, trend, season: Float64Array.from(season) });
	return { lik: y.length * Math.log(sse) + 2 * logs, state: { level, trend, season } };
}

/** Point forecasts (the recursion's means, as R's forecast.ets reports) from a state whose next observation is y[n]. */
export function etsProject(
	state: EtsState,
	spec: EtsSpec,
	p: EtsParams,
	n: number,
	horizon: number
): number[] {
	const m = state.season.length;
	const out: number[] = [];
	let dampSum = 0;
	let power = 1;
	for (let h = 1; h <= horizon; h++) {
		if (spec.trend === 'A') dampSum += 1;
		else if (spec.trend === 'Ad') {
			power *= p.phi;
			dampSum += power;
		}
		const q = state.level + dampSum * state.trend;
		const s = state.season[(n + h - 1) % m]!;
		out.push(spec.season === 'N' ? q : spec.season === 'M' ? q * s : q + s);
	}
	return out;
}
