import { describe, expect, it } from 'vitest';
import { forecastSeries } from '../forecastSeries.js';
import { seededRandom, type Random } from '../seededRandom.js';
import { hierarchyOf } from './hierarchyOf.js';
import { reconcile } from './reconcile.js';

const length = 150;
const horizon = 28;

/** An AR(1) path: shocks shared by everything under one node. */
const ar = (rng: Random, phi: number, sd: number) => {
	const x = [0];
	for (let t = 1; t < length + horizon; t++) x.push(phi * x[t - 1]! + sd * rng.normal());
	return x;
};

/** 3 regions × 4 sites: weekly cycles, a federation-wide and a regional AR(1) shock, and site noise. */
function world(rng: Random) {
	const common = ar(rng, 0.9, 2);
	const sites: { region: string; site: string; y: number[] }[] = [];
	for (const region of ['a', 'b', 'c']) {
		const regional = ar(rng, 0.8, 2);
		for (let k = 0; k < 4; k++) {
			const level = 20 + 30 * rng.next();
			const y = common.map((c, t) =>
				Math.max(
					0,
					level * (1 + 0.2 * Math.sin((2 * Math.PI * t) / 7)) + c + regional[t]! + 0.15 * level * rng.normal()
				)
			);
			sites.push({ region, site: `s${k}`, y });
		}
	}
	return sites;
}

describe('reconciliation against the truth of simulated hierarchies', () => {
	it('forecasts regions and the federation no worse than their own base forecasts (mean absolute error, 20 worlds)', () => {
		const rng = seededRandom(3);
		const error = { base: 0, reconciled: 0, fedBase: 0, fedReconciled: 0 };
		for (let run = 0; run < 20; run++) {
			const sites = world(rng);
			const h = hierarchyOf(sites);
			const bottom = h.nodes
				.slice(4)
				.map((node) => sites.find((s) => `site:${s.region}/${s.site}` === node)!.y);
			const series = h.summing.map((row) =>
				bottom[0]!.map((_, t) => bottom.reduce((a, y, j) => a + row[j]! * y[t]!, 0))
			);
			const base = series.map((y) => {
				const f = forecastSeries(y.slice(0, length), {
					period: 7,
					horizon,
					backtestHorizon: 14,
					nonNegative: true
				});
				if (f.status !== 'ok') throw new Error('too short');
				return f;
			});
			const r = reconcile(
				h.summing,
				base.map((f) => f.point),
				base.map((f) => f.errors.flat())
			);
			const mae = (i: number, f: readonly number[]) =>
				series[i]!.slice(length).reduce((a, y, j) => a + Math.abs(y - f[j]!), 0) / horizon;
			error.fedBase += mae(0, base[0]!.point);
			error.fedReconciled += mae(0, r.forecasts[0]!);
			for (let i = 1; i <= 3; i++) {
				error.base += mae(i, base[i]!.point);
				error.reconciled += mae(i, r.forecasts[i]!);
			}
		}
		// Measured here: regional errors 3.1% and the federation's 7.4% below the base forecasts'.
		expect(error.reconciled).toBeLessThanOrEqual(error.base);
		expect(error.fedReconciled).toBeLessThanOrEqual(error.fedBase);
	});
});
