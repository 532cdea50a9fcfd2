import { linearRegression, mean } from 'simple-statistics';
import type { EtsSpec, EtsState } from './types.js';

/**
 * Seasonal indices from a classical decomposition of the first three seasons (R's ets initstate: a centred moving
 * average of order m, the detrended values averaged by phase and normalised to sum 0, or m when multiplicative).
 */
function decomposedSeason(y: readonly number[], m: number, multiplicative: boolean): Float64Array {
	const n = Math.min(y.length, 3 * m);
	const sum = new Float64Array(m);
	const count = new Float64Array(m);
	const half = Math.floor(m / 2);
	for (let t = half; t + half < n; t++) {
		// Order-m centred moving average; for even m the two end points weigh one half (a 2×m average).
		let trend = 0;
		if (m % 2 === 0) {
			for (let k = -half; k <= half; k++) trend += (Math.abs(k) === half ? 0.5 : 1) * y[t + k]!;
		} else for (let k = -half; k <= half; k++) trend += y[t + k]!;
		trend /= m;
		sum[t % m]! += multiplicative ? y[t]! / trend : y[t]! - trend;
		count[t % m]!++;
	}
	const figure = Float64Array.from(sum, (v, i) => v / count[i]!);
	const centre = mean(Array.from(figure));
	if (!multiplicative) return figure.map((v) => v - centre);
	// R floors multiplicative indices at 0.01 so that dividing by them stays finite.
	return figure.map((v) => Math.max(v / centre, 1e-2));
}

/**
 * Starting states as R's ets computes them before optimising: seasonal indices from a decomposition, and level and
 * trend from a least-squares line through the first max(10, 2m) seasonally adjusted values (the level their mean
 * without a trend). `m` is 1 without a season.
 */
export function initialState(y: readonly number[], spec: EtsSpec, m: number): EtsState {
	const seasonal = spec.season !== 'N' && m >= 2;
	const season = seasonal
		? decomposedSeason(y, m, spec.season === 'M')
		: new Float64Array(1).fill(spec.season === 'M' ? 1 : 0);
	const adjusted = y.map((v, t) =>
		!seasonal ? v : spec.season === 'M' ? v / season[t % m]! : v - season[t % m]!
	);
	const first = adjusted.slice(0, Math.min(Math.max(10, 2 * m), adjusted.length));
	if (spec.trend === 'N') return { level: mean(first), trend: 0, season };
	// R's lsfit(1:maxn, y) puts time 1 at the first point; the level at time 0 is the intercept.
	const line = linearRegression(first.map((v, t) => [t + 1, v]));
	return { level: line.b, trend: line.m, season };
}
