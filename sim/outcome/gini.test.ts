import { describe, expect, it } from 'vitest';
import { gini } from './gini.js';

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
});
