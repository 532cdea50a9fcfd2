import { mean } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { forecastDefaults, forecastSeries, prepareHistory, seededRandom, type Random } from '../index.js';
import type { ExternalForecasts } from '../types.js';
import { globalGate } from './globalGate.js';

// The free choice by lowest backtest loss (no preferred method), where chance wins are most frequent.
const options = { period: 12, horizon: 12, prefer: null };
const signal = (t: number, level: number) => level + 0.3 * t + 20 * Math.sin((2 * Math.PI * t) / 12);

/**
 * 12 noisy seasonal series (96 points seen, 12 held out) and a stand-in for the global model that forecasts the
 * noise-free signal plus `error(rng)` (one draw per forecast), so the truth about whether it helps is known.
 */
function batch(seed: number, error: (rng: Random) => number) {
	const rng = seededRandom(seed);
	const series: number[][] = [];
	const future: number[][] = [];
	const external: ExternalForecasts[] = [];
	for (let s = 0; s < 12; s++) {
		const level = 100 + 10 * s;
		const all = Array.from({ length: 108 }, (_, t) => signal(t, level) + 6 * rng.normal());
		const y = all.slice(0, 96);
		const p = prepareHistory(y, { ...forecastDefaults, ...options });
		if (p.status !== 'ok') throw new Error(p.status);
		const from = (end: number) => {
			const e = error(rng);
			return Array.from({ length: 12 }, (_, j) => signal(end + j, level) + e);
		};
		series.push(y);
		future.push(all.slice(96));
		external.push({ method: 'global', atOrigins: p.origins.map(from), final: from(96) });
	}
	// Held-out mean absolute error of the per-series selection with and without the model, and how often it is chosen.
	const heldOut = (withModel: boolean) =>
		series.map((y, i) => {
			const f = forecastSeries(y, options, withModel ? [external[i]!] : []);
			if (f.status !== 'ok') throw new Error(f.status);
			return { method: f.method, mae: mean(f.point.map((v, j) => Math.abs(future[i]![j]! - v))) };
		});
	return { series, external, withModel: heldOut(true), without: heldOut(false) };
}

describe('globalGate', () => {
	it('lets the global model in where it wins the batch’s earlier backtest, and it wins on held-out points', () => {
		// The model knows the noise-free signal: no local method can do better.
		const b = batch(1, () => 0);
		const gate = globalGate(b.series, b.external, options);
		if (gate.status !== 'gated') throw new Error(gate.reason);
		expect(gate).toMatchObject({ use: true, series: 12 });
		expect(gate.maseWith).toBeLessThan(gate.maseWithout);
		expect(gate.p).toBeLessThan(0.05);
		expect(mean(b.withModel.map((r) => r.mae))).toBeLessThan(mean(b.without.map((r) => r.mae)));
	});

	it('keeps it out where it loses, although per-series backtests choose it for some series', () => {
		// Each of its forecasts is off by a level error of sd 5: it wins some series' backtests by luck.
		const b = batch(5, (rng) => 5 * rng.normal());
		expect(b.withModel.filter((r) => r.method === 'global').length).toBeGreaterThanOrEqual(2);
		expect(mean(b.withModel.map((r) => r.mae))).toBeGreaterThan(mean(b.without.map((r) => r.mae)));
		const gate = globalGate(b.series, b.external, options);
		if (gate.status !== 'gated') throw new Error(gate.reason);
		expect(gate.use).toBe(false);
		expect(gate.maseWith).toBeGreaterThan(gate.maseWithout);
	});

	it('says when nothing can be tested', () => {
		const { series } = batch(3, () => 0);
		expect(globalGate(series, [], options)).toMatchObject({ status: 'untestable', use: false });
	});
});
