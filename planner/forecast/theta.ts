import { linearRegression, mean } from 'simple-statistics';

/** Smoothing constants tried for the simple exponential smoothing inside Theta (one-step squared error picks one). */
const alphas = [0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9];

/** The least-squares line through (t, y_t) (simple-statistics' linearRegression). */
const lineOf = (y: readonly number[]) => linearRegression(y.map((v, t) => [t, v]));

/** Additive seasonal indices (mean deviation of each phase from a least-squares line), centred to sum to 0. */
function seasonalIndices(y: readonly number[], m: number): Float64Array {
	const { m: slope, b: intercept } = lineOf(y);
	const sum = new Float64Array(m);
	const count = new Float64Array(m);
	for (let t = 0; t < y.length; t++) {
		sum[t % m]! += y[t]! - (intercept + slope * t);
		count[t % m]!++;
	}
	const s = sum.map((v, i) => v / count[i]!);
	const centre = mean(Array.from(s));
	return s.map((v) => v - centre);
}

/**
 * The Theta method (Assimakopoulos & Nikolopoulos 2000, IJF 16:521–530), winner of the M3 competition, in Hyndman &
 * Billah's form (2003, IJF 19:287–290): simple exponential smoothing of the deseasonalised series plus a drift of
 * half its least-squares slope, ŷ(n+h) = ℓ(n) + b/2 · (h − 1 + 1/α). Seasons are removed additively (phase means
 * around a line) when there are two seasons of history, so zeros and negative values need no special care.
 */
export function theta(history: readonly number[], horizon: number, period: number): number[] {
	const n = history.length;
	if (n < 3) return Array.from({ length: horizon }, () => history[n - 1]!);
	const m = period >= 2 && n >= 2 * period ? period : 1;
	const season = m >= 2 ? seasonalIndices(history, m) : new Float64Array(1);
	const x = history.map((v, t) => v - season[t % m]!);
	const b = lineOf(x).m;
	let best = { sse: Number.POSITIVE_INFINITY, level: x[n - 1]!, alpha: 1 };
	for (const alpha of alphas) {
		let level = x[0]!;
		let sse = 0;
		for (let t = 1; t < n; t++) {
			const e = x[t]! - level;
			sse += e * e;
			level += alpha * e;
		}
		if (sse < best.sse) best = { sse, level, alpha };
	}
	return Array.from(
		{ length: horizon },
		(_, j) => best.level + (b / 2) * (j + 1 / best.alpha) + season[(n + j) % m]!
	);
}
