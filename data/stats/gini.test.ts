import { describe, expect, it } from 'vitest';
import { gini } from './gini.js';

/** The definition, pair by pair: Σi Σj wi wj |xi − xj| / (2 W² μ). */
function byPairs(values: readonly number[], weights: readonly number[]): number {
	const total = weights.reduce((s, w) => s + w, 0);
	const mean = values.reduce((s, v, i) => s + v * weights[i]!, 0) / total;
	let sum = 0;
	for (let i = 0; i < values.length; i++)
		for (let j = 0; j < values.length; j++)
			sum += weights[i]! * weights[j]! * Math.abs(values[i]! - values[j]!);
	return sum / (2 * total * total * mean);
}

describe('gini', () => {
	it('is 0 when everyone has the same and (n−1)/n when one has everything', () => {
		expect(gini([0.7, 0.7, 0.7], [1, 5, 2])).toBe(0);
		expect(gini([0, 0, 0, 1], [1, 1, 1, 1])).toBeCloseTo(3 / 4, 12);
	});

	it('weights by population: a small region left out matters less than a large one', () => {
		const smallShort = gini([0.2, 1], [1, 99]);
		const largeShort = gini([0.2, 1], [99, 1]);
		expect(smallShort).toBeLessThan(largeShort);
		// Two groups: G = w1 w2 |x1 − x2| / (W² μ).
		expect(smallShort).toBeCloseTo((1 * 99 * 0.8) / (100 * 100 * ((0.2 + 99) / 100)), 12);
	});

	it('equals the pairwise definition on unsorted values with ties and uneven weights', () => {
		const values = [3, 0.5, 7, 3, 0, 12.5, 1];
		const weights = [2, 10, 1, 4, 3, 0.5, 7];
		expect(gini(values, weights)).toBeCloseTo(byPairs(values, weights), 12);
		expect(gini(Float64Array.from(values), weights)).toBeCloseTo(byPairs(values, weights), 12);
	});

	it('is 0 without weight or with nothing to share', () => {
		expect(gini([1, 2], [0, 0])).toBe(0);
		expect(gini([0, 0], [1, 1])).toBe(0);
	});
});
