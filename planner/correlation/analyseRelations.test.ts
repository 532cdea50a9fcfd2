import { describe, expect, it } from 'vitest';
import { seededRandom, type Random } from '../forecast/seededRandom.js';
import { analyseRelations } from './analyseRelations.js';
import { grangerTest } from './granger.js';
import { ProtectedAttributeError } from './protectedAttributes.js';

const randomWalk = (seed: number, n: number, drift: number) => {
	const rng = seededRandom(seed);
	const out: number[] = [];
	let v = 100;
	for (let i = 0; i < n; i++) out.push((v += drift + rng.normal()));
	return out;
};

describe('analyseRelations', () => {
	it('does not report two independent growing random walks as related, though raw values correlate', () => {
		let rawHits = 0;
		let preparedHits = 0;
		for (let seed = 1; seed <= 10; seed++) {
			const a = { id: 'north/a', values: randomWalk(seed, 200, 0.5) };
			const b = { id: 'south/b', values: randomWalk(seed + 1000, 200, 0.3) };
			if (analyseRelations([a, b], 0, { preparation: 'none', maxLag: 3 }).relations[0]!.significant)
				rawHits++;
			if (analyseRelations([a, b], 0, { maxLag: 3 }).relations[0]!.significant) preparedHits++;
		}
		expect(rawHits).toBeGreaterThanOrEqual(8); // the classic spurious regression
		expect(preparedHits).toBe(0);
	});

	it('finds a real lagged relation between trending series, with its lag and a Granger hint', () => {
		const rng = seededRandom(7);
		const rain = randomWalk(3, 300, 0.2);
		// Reservoir inflow follows rain 4 steps later, plus its own trend and noise.
		const inflow = rain.map((_, t) => (t >= 4 ? 0.8 * rain[t - 4]! : 80) + 0.1 * t + 0.5 * rng.normal());
		const noise = randomWalk(99, 300, 0.1);
		const report = analyseRelations(
			[
				{ id: 'r/inflow', values: inflow },
				{ id: 'r/rain', values: rain },
				{ id: 'r/noise', values: noise }
			],
			0,
			{ maxLag: 6 }
		);
		const found = report.relations.find((r) => r.a === 'r/inflow' && r.b === 'r/rain')!;
		expect(found.lag).toBe(-4); // b (rain) leads a (inflow) by 4
		expect(found.significant).toBe(true);
		expect(found.q).toBeLessThan(0.01);
		expect(found.evidence).toBe('strong');
		expect(
			report.relations.filter((r) => r.a === 'r/noise' || r.b === 'r/noise').every((r) => !r.significant)
		).toBe(true);
		expect(report.tests).toBe(3 * 13);
	});

	it('refuses protected attributes before computing anything', () => {
		const values = randomWalk(1, 50, 0);
		expect(() =>
			analyseRelations(
				[
					{ id: 'north/survey/race', values },
					{ id: 'x', values }
				],
				0
			)
		).toThrow(ProtectedAttributeError);
		expect(() =>
			analyseRelations(
				[
					{ id: 'survey/q7', values, tags: ['protected'] },
					{ id: 'x', values }
				],
				0
			)
		).toThrow(/protected/);
		expect(() =>
			analyseRelations(
				[
					{ id: 'poll/Political Views', values },
					{ id: 'x', values }
				],
				0
			)
		).toThrow(/Political Views/);
		expect(() => analyseRelations([{ id: 'poll/sexual_orientation', values }], 0)).toThrow(
			ProtectedAttributeError
		);
		// "raceway" is not "race": only whole path segments match.
		expect(() =>
			analyseRelations(
				[
					{ id: 'site/raceway/energy', values },
					{ id: 'x', values }
				],
				0
			)
		).not.toThrow();
	});

	it('applies the bar to q by default, so that many tests do not turn chance into findings', () => {
		// 30 unrelated noise series: 435 pairs × 7 lags; some raw p fall below 0.01 by chance, no q does.
		const series = Array.from({ length: 30 }, (_, i) => ({
			id: `s${String(i).padStart(2, '0')}`,
			values: randomWalk(500 + i, 120, 0)
		}));
		const byQ = analyseRelations(series, 0, { maxLag: 3 });
		const byP = analyseRelations(series, 0, { maxLag: 3, bar: 'p' });
		expect(byP.relations.filter((r) => r.significant).length).toBeGreaterThan(0);
		expect(byQ.relations.filter((r) => r.significant)).toEqual([]);
	});

	it('skips series with too few points and says why', () => {
		const report = analyseRelations(
			[
				{ id: 'short', values: [1, 2, 3] },
				{ id: 'long', values: randomWalk(2, 50, 0) }
			],
			0
		);
		expect(report.skipped).toEqual([{ id: 'short', reason: expect.stringMatching(/fewer than 20/) }]);
		expect(report.relations).toEqual([]);
	});
});

describe('grangerTest', () => {
	it('detects x driving y but not the reverse', () => {
		const rng = seededRandom(11);
		const x = Array.from({ length: 300 }, () => rng.normal());
		const y = x.map((_, t) => (t >= 2 ? 0.6 * x[t - 2]! : 0) + rng.normal());
		expect(grangerTest(x, y, 2)!.p).toBeLessThan(1e-6);
		expect(grangerTest(y, x, 2)!.p).toBeGreaterThan(0.01);
		expect(grangerTest(x.slice(0, 8), y.slice(0, 8), 2)).toBeNull();
	});
});

describe('influential points', () => {
	// Three regions' water consumption: 18 ordinary days, then all collapse on the same day.
	const region = (seed: number, after: (rng: Random) => number) => {
		const rng = seededRandom(seed);
		return Array.from({ length: 150 }, (_, d) => (d < 18 ? 1000 + 30 * rng.normal() : after(rng)));
	};
	const ids = ['north', 'south', 'steppe'].map((r) => `${r}/water/consumption`);

	it('leaves out a stock stuck at zero: 18 informative days are too few to test', () => {
		const report = analyseRelations(
			ids.map((id, i) => ({ id, values: region(i + 1, () => 0) })),
			0
		);
		expect(report.relations).toEqual([]);
		expect(report.skipped.map((s) => s.reason)).toEqual(
			ids.map(() => '15 usable points after prewhiten, fewer than 20 (132 readings in flat runs left out)')
		);
	});

	it('does not call one shared collapse to a lower level a relation: it is fragile and at most weak', () => {
		const report = analyseRelations(
			ids.map((id, i) => ({ id, values: region(i + 1, (rng) => 100 + 3 * rng.normal()) })),
			0
		);
		expect(report.relations).toHaveLength(3);
		for (const r of report.relations) {
			expect(r.r).toBeGreaterThan(0.9); // what a plain t-test would call overwhelming
			expect(r.fragile).toBe(true);
			expect(r.significant).toBe(false);
			expect(r.evidence).toBe('weak');
			expect(r.explanation).toMatch(/rests on a few shared events/);
		}
	});
});
