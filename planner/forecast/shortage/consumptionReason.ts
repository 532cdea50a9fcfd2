import { sumNthPowerDeviations } from 'simple-statistics';
import type { ConsumptionReason } from './types.js';

/**
 * Finds when consumption moved above its seasonal norm and by how much. The norm of a window is the mean of the
 * same phase in up to 8 earlier seasons that lie before the candidate change. The change point is the split that
 * best fits two flat levels to the ratio consumption / norm (least squares, as in a single-change CUSUM;
 * Page 1954, Biometrika 41:100–115). Null when the recent level is not above the norm by 2%, or history is short.
 */
export function consumptionReason(
	consumption: readonly number[],
	times: readonly number[],
	period: number
): ConsumptionReason | null {
	const m = Math.max(1, period);
	const n = consumption.length;
	if (n < 3 * m) return null;
	const normBefore = (t: number, before: number) => {
		let sum = 0;
		let count = 0;
		for (let k = t - m * Math.ceil((t - before + 1) / m); k >= 0 && count < 8; k -= m) {
			if (k < before && Number.isFinite(consumption[k])) {
				sum += consumption[k]!;
				count++;
			}
		}
		return count > 0 ? sum / count : Number.NaN;
	};
	// Ratio against a rolling norm (previous seasons), used only to place the change point.
	const ratio = consumption.map((c, t) => (t >= m && Number.isFinite(c) ? c / normBefore(t, t) : Number.NaN));
	let best: { s: number; sse: number } | null = null;
	for (let s = 2 * m; s <= n - 2; s++) {
		const left = ratio.slice(m, s).filter(Number.isFinite);
		const right = ratio.slice(s).filter(Number.isFinite);
		if (left.length < 2 || right.length < 2) continue;
		const sse = sumNthPowerDeviations(left, 2) + sumNthPowerDeviations(right, 2);
		if (!best || sse < best.sse) best = { s, sse };
	}
	if (!best) return null;
	let c = 0;
	let norm = 0;
	for (let t = best.s; t < n; t++) {
		const nb = normBefore(t, best.s);
		if (!Number.isFinite(consumption[t]) || !Number.isFinite(nb)) continue;
		c += consumption[t]!;
		norm += nb;
	}
	const excess = norm > 0 ? c / norm - 1 : Number.NaN;
	return excess > 0.02 ? { excess, since: times[best.s]! } : null;
}
