import { correlate } from './correlate.js';
import type { Correlation, CorrelationMethod } from './types.js';

/**
 * Pairs a_t with b_{t+lag}: for lag > 0 the correlation of a with b `lag` steps later (a leads).
 * Missing values drop their pair only.
 */
export function shiftPair(a: readonly number[], b: readonly number[], lag: number): [number[], number[]] {
	const n = Math.min(a.length, b.length);
	const xs: number[] = [];
	const ys: number[] = [];
	for (let t = Math.max(0, -lag); t < n && t + lag < n; t++) {
		xs.push(a[t]!);
		ys.push(b[t + lag]!);
	}
	return [xs, ys];
}

/** Cross-correlation of a and b at every lag in −maxLag..maxLag, each with its own p-value. */
export function crossCorrelation(
	a: readonly number[],
	b: readonly number[],
	maxLag: number,
	method: CorrelationMethod
): { lag: number; correlation: Correlation }[] {
	const out: { lag: number; correlation: Correlation }[] = [];
	for (let lag = -maxLag; lag <= maxLag; lag++) {
		const [xs, ys] = shiftPair(a, b, lag);
		out.push({ lag, correlation: correlate(method, xs, ys) });
	}
	return out;
}
