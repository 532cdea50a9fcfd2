import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from './benjaminiHochberg.js';
import { pearson, ranks, spearman } from './correlate.js';

// Reference values from scipy 1.17 (stats.pearsonr, stats.spearmanr, stats.false_discovery_control).
describe('pearson and spearman', () => {
	const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
	const y = [2, 1, 4, 3, 7, 8, 6, 9, 12, 10];
	it('match scipy on a small sample', () => {
		const p = pearson(x, y);
		expect(p.r).toBeCloseTo(0.9261797113999299, 12);
		expect(p.p / 0.00011876275128516728).toBeCloseTo(1, 8);
		const s = spearman(x, y);
		expect(s.r).toBeCloseTo(0.9272727272727272, 12);
		expect(s.p / 0.00011203450639397586).toBeCloseTo(1, 8);
	});
	it('spearman averages tied ranks', () => {
		expect(ranks([1, 2, 2, 3, 4, 4, 4, 5])).toEqual([1, 2.5, 2.5, 4, 6, 6, 6, 8]);
		const s = spearman([1, 2, 2, 3, 4, 4, 4, 5], [3, 1, 2, 5, 4, 6, 5, 7]);
		expect(s.r).toBeCloseTo(0.8274127538189437, 12);
		expect(s.p / 0.01124573428176082).toBeCloseTo(1, 8);
	});
	it('drops pairs with a missing value and says NaN for a constant series', () => {
		const p = pearson([...x, Number.NaN, 5], [...y, 3, Number.NaN]);
		expect(p.n).toBe(10);
		expect(p.r).toBeCloseTo(0.9261797113999299, 12);
		expect(pearson([1, 1, 1, 1], [1, 2, 3, 4]).p).toBeNaN();
	});
});

describe('benjaminiHochberg', () => {
	it('matches scipy and keeps input order', () => {
		const p = [0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216];
		const expected = [0.01, 0.04, 0.084, 0.084, 0.084, 0.1, 0.10571428571428572, 0.216, 0.216, 0.216];
		const shuffled = [5, 2, 9, 0, 7, 1, 3, 8, 4, 6];
		const q = benjaminiHochberg(shuffled.map((i) => p[i]!));
		shuffled.forEach((i, k) => expect(q[k]).toBeCloseTo(expected[i]!, 12));
	});
	it('ignores NaN in the count', () => {
		expect(benjaminiHochberg([0.01, Number.NaN, 0.02])).toEqual([0.02, Number.NaN, 0.02]);
	});
});
