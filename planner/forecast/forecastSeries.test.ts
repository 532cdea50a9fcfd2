import { describe, expect, it } from 'vitest';
import { forecastSeries } from './forecastSeries.js';
import { seededRandom } from './seededRandom.js';
import { measureIntermittent } from '../../bench/forecast/intermittent.js';

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
		expect(['holt-winters', 'holt-winters-fast-trend', 'theta']).toContain(f.method);
		// TSB is tried only on intermittent series.
		expect(f.scores.map((s) => s.method).sort()).toEqual([
			'holt-winters',
			'holt-winters-fast-trend',
			'naive',
			'seasonal-naive',
			'theta'
		]);
		expect(f.scores[0]!.mase).toBeLessThan(f.scores.find((s) => s.method === 'seasonal-naive')!.mase);
		expect(f.point).toHaveLength(12);
		expect(f.stale).toBeNull();
	});

	it("chooses a random walk's forecast (naive, or Theta's level and half drift) for a random walk more often than not", () => {
		const chosen = Array.from({ length: 10 }, (_, s) =>
			forecastSeries(randomWalk(s, 100), { period: 12, horizon: 6 })
		).map((f) => (f.status === 'ok' ? f.method : f.status));
		expect(chosen.filter((m) => m === 'naive' || m === 'theta').length).toBeGreaterThanOrEqual(5);
		expect(chosen).not.toContain('seasonal-naive');
	});

	it('forecasts a long random walk with Theta whatever its last weeks did, and says why', () => {
		const rng = seededRandom(11);
		let v = 5000;
		const y = Array.from({ length: 1000 }, () => (v += 2 + 20 * rng.normal()));
		const f = forecastSeries(y, { period: 5, horizon: 10 });
		if (f.status !== 'ok') throw new Error(f.status);
		expect(f.method).toBe('theta');
		expect(f.notes.join(' ')).toMatch(
			/10-step changes vary as a random walk's \(variance ratio 0\.\d\d ± 0\.\d\d\)/
		);
		// The same series without the rule is chosen by its backtest, and the short one never takes the rule.
		const off = forecastSeries(y, { period: 5, horizon: 10, randomWalkMethod: null });
		if (off.status !== 'ok') throw new Error(off.status);
		expect(off.notes.join(' ')).not.toMatch(/random walk/);
		const short = forecastSeries(y.slice(-100), { period: 5, horizon: 10 });
		if (short.status !== 'ok') throw new Error(short.status);
		expect(short.notes.join(' ')).not.toMatch(/random walk/);
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
		const rmsse = measureIntermittent(60, 1); // the default chooses by RMSSE here
		const mase = measureIntermittent(60, 1, { selectBy: 'mase' });
		expect(rmsse.medianTotalError).toBeLessThan(0.25); // measured 0.21 (seeds 2, 3: 0.18, 0.23)
		expect(rmsse.chosen.tsb).toBeGreaterThanOrEqual(40); // measured 49 of 60
		// MASE is minimised by the median, which is 0 for such series: it picks the last value (often 0) and errs more.
		expect(mase.medianTotalError).toBeGreaterThan(rmsse.medianTotalError * 1.5); // measured 0.41
	});

	it('keeps Holt–Winters unless another method beats it at 5 of 6 origins', () => {
		// Seasonal series whose level wanders (Holt–Winters' own model): a lucky origin often makes another method win.
		const chosen = (prefer: 'holt-winters' | null) => {
			let kept = 0;
			for (let s = 0; s < 40; s++) {
				const rng = seededRandom(300 + s);
				let level = 100;
				const y = Array.from({ length: 96 }, (_, t) => {
					level += 1.5 * rng.normal();
					return level + 15 * Math.sin((2 * Math.PI * t) / 12) + 4 * rng.normal();
				});
				const f = forecastSeries(y, { period: 12, horizon: 12, prefer });
				if (f.status !== 'ok') throw new Error(f.status);
				if (f.method === 'holt-winters') kept++;
			}
			return { kept };
		};
		const free = chosen(null);
		const kept = chosen('holt-winters');
		// Measured: 10 of 40 kept by the lowest loss alone, 29 of 40 with the preference.
		expect(free.kept).toBeLessThan(20);
		expect(kept.kept).toBeGreaterThanOrEqual(25);
	});
});
