import { mean } from 'simple-statistics';
/** Smoothing constants tried for the demand probability and the demand size (one-step squared error picks a pair). */
const grid = [0.05, 0.1, 0.2, 0.3];

/** Share of zeros from which a series counts as intermittent and TSB is tried; Syntetos et al. (2005) use ADI > 1.32 (≈ 24% zeros). */
export const intermittentZeroShare = 0.25;

/**
 * TSB (Teunter, Syntetos & Babai 2011, EJOR 214:606–615) for intermittent demand: the probability that a period has
 * demand is smoothed every period, the size of a demand only when one occurs; the forecast is their product, flat.
 * Unlike Croston it lets the forecast decay when demand stops (obsolescence), and unlike "always zero" it forecasts
 * the mean, which is what a 14-day total needs.
 */
export function tsb(history: readonly number[], horizon: number): number[] {
	const n = history.length;
	const firstDemand = history.findIndex((v) => v !== 0);
	if (firstDemand < 0) return Array.from({ length: horizon }, () => 0);
	const demands = history.filter((v) => v !== 0);
	const p0 = demands.length / n;
	const z0 = mean(demands);
	let best = { sse: Number.POSITIVE_INFINITY, value: p0 * z0 };
	for (const alpha of grid) {
		for (const beta of grid) {
			let p = p0;
			let z = z0;
			let sse = 0;
			for (let t = 0; t < n; t++) {
				const e = history[t]! - p * z;
				sse += e * e;
				const demand = history[t] !== 0;
				p += beta * ((demand ? 1 : 0) - p);
				if (demand) z += alpha * (history[t]! - z);
			}
			if (sse < best.sse) best = { sse, value: p * z };
		}
	}
	return Array.from({ length: horizon }, () => best.value);
}
