import { describe, expect, it } from 'vitest';
import { forecastSeries } from './forecastSeries.js';
import { seededRandom } from './seededRandom.js';

const seasonalSeries = (seed: number, n: number) => {
	const rng = seededRandom(seed);
	return Array.from(
		{ length: n },
		(_, t) => 100 + 0.5 * t + 20 * Math.sin((2 * Math.PI * t) / 12) + 2 * rng.normal()
	);
};
const randomWalk = (seed: number, n: number) => {
	const rng = seededRandom(seed);
	let v = 50;
	return Array.from({ length: n }, () => (v += 3 * rng.normal()));
};

describe('forecastSeries', () => {
	it('chooses a seasonal method for a trending seasonal series and shows every backtest', () => {
		const f = forecastSeries(seasonalSeries(1, 120), { period: 12, horizon: 12 });
		if (f.status !== 'ok') throw new Error(f.status);
		expect(['holt-winters', 'theta', 'combination']).toContain(f.method);
		// TSB is tried only on intermittent series.
		expect(f.scores.map((s) => s.method).sort()).toEqual([
			'combination',
			'holt-winters',
			'naive',
			'seasonal-naive',
			'theta'
		]);
		expect(f.scores[0]!.mase).toBeLessThan(f.scores.find((s) => s.method === 'seasonal-naive')!.mase);
		expect(f.point).toHaveLength(12);
		expect(f.stale).toBeNull();
	});

	it('chooses naive for a random walk more often than not', () => {
		const chosen = Array.from({ length: 10 }, (_, s) =>
			forecastSeries(randomWalk(s, 100), { period: 12, horizon: 6 })
		).map((f) => (f.status === 'ok' ? f.method : f.status));
		expect(chosen.filter((m) => m === 'naive').length).toBeGreaterThanOrEqual(5);
		expect(chosen).not.toContain('seasonal-naive');
	});

	it('gives 90% intervals that cover about 90% of unseen values', () => {
		let inside = 0;
		let total = 0;
		for (let s = 0; s < 40; s++) {
			const y = seasonalSeries(100 + s, 132);
			const f = forecastSeries(y.slice(0, 120), { period: 12, horizon: 12, origins: 6 });
			if (f.status !== 'ok') throw new Error(f.status);
			y.slice(120).forEach((v, j) => {
				total++;
				if (v >= f.lower[j]! && v <= f.upper[j]!) inside++;
			});
		}
		expect(inside / total).toBeGreaterThan(0.82);
		expect(inside / total).toBeLessThan(0.98);
	});

	it('keeps forecasting for a silent sensor, from the last reading, with wider intervals, and says so', () => {
		const y = seasonalSeries(7, 120);
		const fresh = forecastSeries(y, { period: 12, horizon: 12 });
		const silent = forecastSeries([...y.slice(0, 114), ...Array.from({ length: 6 }, () => Number.NaN)], {
			period: 12,
			horizon: 12
		});
		if (fresh.status !== 'ok' || silent.status !== 'ok') throw new Error('too short');
		expect(silent.stale?.steps).toBe(6);
		expect(silent.stale!.widening).toBeGreaterThan(1);
		expect(silent.notes.join(' ')).toMatch(/no reading for the last 6 steps/);
		// The first forecast step is 7 steps after the last reading.
		const fromLast = forecastSeries(y.slice(0, 114), { period: 12, horizon: 18 });
		if (fromLast.status !== 'ok') throw new Error('too short');
		expect(silent.point[0]).toBeCloseTo(fromLast.point[6]!, 9);
	});

	it('interpolates interior gaps and says how many', () => {
		const y = seasonalSeries(8, 100);
		y[50] = Number.NaN;
		y[51] = Number.NaN;
		const f = forecastSeries(y, { period: 12, horizon: 12 });
		expect(f.status === 'ok' && f.filled).toBe(2);
		expect(f.status === 'ok' && f.notes.join(' ')).toMatch(/2 missing points/);
	});

	it('says when the history is too short instead of guessing', () => {
		expect(forecastSeries([1, 2, 3, 4, 5], { period: 12, horizon: 12 })).toEqual({
			status: 'too-short',
			have: 5,
			need: 38
		});
	});

	it('is deterministic', () => {
		const y = seasonalSeries(9, 90);
		expect(JSON.stringify(forecastSeries(y))).toBe(JSON.stringify(forecastSeries(y)));
	});

	it('forecasts intermittent demand by its mean (TSB), not by zero: the 14-day total is close to the truth', () => {
		const median = (a: readonly number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
		const run = (selectBy: 'rmsse' | 'mase') => {
			const errors: number[] = [];
			const chosen: string[] = [];
			for (let k = 0; k < 60; k++) {
				const rng = seededRandom(1000 + k);
				// Demand on 15–40% of days, 1–9 units (mean 5) when it comes: the truth is p × 5 a day.
				const p = 0.15 + 0.25 * rng.next();
				const y = Array.from({ length: 120 }, () => (rng.next() < p ? Math.round(1 + 8 * rng.next()) : 0));
				const f = forecastSeries(y, { period: 7, horizon: 14, selectBy });
				if (f.status !== 'ok') throw new Error(f.status);
				const expected = p * 5 * 14;
				errors.push(Math.abs(f.point.reduce((a, b) => a + b, 0) - expected) / expected);
				chosen.push(f.method);
			}
			return { error: median(errors), tsb: chosen.filter((m) => m === 'tsb').length };
		};
		const rmsse = run('rmsse');
		const mase = run('mase');
		expect(rmsse.error).toBeLessThan(0.2); // measured 0.15
		expect(rmsse.tsb).toBeGreaterThanOrEqual(45); // measured 55 of 60
		// MASE is minimised by the median, which is 0 for such series: it picks the last value (often 0) and errs more.
		expect(mase.error).toBeGreaterThan(rmsse.error * 1.5); // measured 0.37
	});
});
