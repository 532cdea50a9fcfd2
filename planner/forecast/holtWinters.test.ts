import { describe, expect, it } from 'vitest';
import {
	fastTrendRun,
	fastTrends,
	fitHoltWinters,
	holtWinters,
	holtWintersRun,
	slowTrends
} from './holtWinters.js';
import { seededRandom } from './seededRandom.js';

describe('holtWinters', () => {
	const rng = seededRandom(4);
	const y = Array.from(
		{ length: 96 },
		(_, t) => 50 + 0.3 * t + 10 * Math.cos((2 * Math.PI * t) / 12) + rng.normal()
	);

	it('follows trend and season', () => {
		const f = holtWinters(y, 12, 12);
		const truth = Array.from(
			{ length: 12 },
			(_, j) => 50 + 0.3 * (96 + j) + 10 * Math.cos((2 * Math.PI * (96 + j)) / 12)
		);
		f.forEach((v, j) => expect(Math.abs(v - truth[j]!)).toBeLessThan(4));
	});

	it('backtests at the first origin exactly as a fit on that prefix, and later origins without seeing their future', () => {
		const origins = [60, 66, 72];
		const bt = holtWintersRun(y, origins, 12, 24, 12);
		expect(bt.atOrigins[0]).toEqual(holtWinters(y.slice(0, 60), 12, 12));
		expect(bt.final).toHaveLength(24);
		// Changing values after an origin must not change its forecast.
		const changed = [...y.slice(0, 66), ...y.slice(66).map((v) => v + 1000)];
		expect(holtWintersRun(changed, origins, 12, 24, 12).atOrigins[1]).toEqual(bt.atOrigins[1]);
	});
});

describe('holtWinters with a fast-moving trend (holt-winters-fast-trend)', () => {
	const rng = seededRandom(9);
	// A season on a slope that turns from +0.2 to +2 a step at t = 100: the slow grid's trend (beta ≤ 0.1) lags behind.
	const slope = (t: number) => (t < 100 ? 0.2 * t : 20 + 2 * (t - 100));
	const y = Array.from(
		{ length: 120 },
		(_, t) => 100 + slope(t) + 5 * Math.sin((2 * Math.PI * t) / 12) + 0.5 * rng.normal()
	);
	const truth = Array.from(
		{ length: 12 },
		(_, j) => 100 + slope(120 + j) + 5 * Math.sin((2 * Math.PI * (120 + j)) / 12)
	);
	const error = (f: readonly number[]) => f.reduce((a, v, j) => a + Math.abs(v - truth[j]!), 0) / f.length;

	it('follows a trend that changed recently better than the default grid', () => {
		const slow = error(holtWinters(y, 12, 12));
		const fast = error(holtWinters(y, 12, 12, fastTrends));
		expect(fast).toBeLessThan(0.7 * slow);
	});

	it('searches the default grid too, so its in-sample fit is never worse', () => {
		const steady = Array.from({ length: 96 }, (_, t) => 50 + 0.1 * t + 3 * Math.cos(t) + rng.normal());
		const slowParams = fitHoltWinters(steady, 12, slowTrends).params;
		const fastParams = fitHoltWinters(steady, 12, fastTrends).params;
		// Either the same grid point or one of the added ones (beta 0.3), never a different slow one.
		if (fastParams.beta !== 0.3) expect(fastParams).toEqual(slowParams);
	});

	it("searches only the added points when given the default grid's fits, with the same forecasts", () => {
		const origins = [84, 90, 96, 102, 108];
		const seeded = fastTrendRun(holtWintersRun(y, origins, 12, 12, 12))(y, origins, 12, 12, 12);
		const alone = fastTrendRun(null)(y, origins, 12, 12, 12);
		expect(seeded.atOrigins).toEqual(alone.atOrigins);
		expect(seeded.final).toEqual(alone.final);
		expect(alone.final).toEqual(holtWinters(y, 12, 12, fastTrends));
	});
});
