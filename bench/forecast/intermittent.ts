import { median } from 'simple-statistics';
import { forecastSeries } from '../../planner/forecast/forecastSeries.js';
import type { ForecastOptions, MethodName } from '../../planner/forecast/types.js';
import { seededRandom } from '../../planner/forecast/seededRandom.js';

/**
 * Intermittent demand with known truth: demand on 15–40% of days, 1–9 units (mean 5) when it comes, 120 days of
 * history. The median over `count` series of |forecast 14-day total − expected total| / expected total, where the
 * expected total (p × 5 × 14) is what the simulation knows and no forecast can beat on average.
 */
export function measureIntermittent(
	count: number,
	seed: number,
	options: Partial<ForecastOptions> = {}
): { readonly medianTotalError: number; readonly chosen: Readonly<Partial<Record<MethodName, number>>> } {
	const errors: number[] = [];
	const chosen: Partial<Record<MethodName, number>> = {};
	for (let k = 0; k < count; k++) {
		const rng = seededRandom(seed * 100_003 + k);
		const p = 0.15 + 0.25 * rng.next();
		const y = Array.from({ length: 120 }, () => (rng.next() < p ? Math.round(1 + 8 * rng.next()) : 0));
		const f = forecastSeries(y, { period: 7, horizon: 14, ...options });
		if (f.status !== 'ok') throw new Error(`intermittent series ${k}: too short`);
		const expected = p * 5 * 14;
		errors.push(Math.abs(f.point.reduce((a, b) => a + b, 0) - expected) / expected);
		chosen[f.method] = (chosen[f.method] ?? 0) + 1;
	}
	return { medianTotalError: median(errors), chosen };
}
