import { describe, expect, it } from 'vitest';
import { shortfallBands } from './shortfallBands.js';

describe('shortfallBands', () => {
	it('splits coverage below the floor into bands whose cost doubles on the way down', () => {
		expect(shortfallBands(0.9, [0.7, 0.5, 0.25], null, 100)).toEqual([
			{ from: 0.9, to: 0.7, multiplier: 1 },
			{ from: 0.7, to: 0.5, multiplier: 2 },
			{ from: 0.5, to: 0.25, multiplier: 4 },
			{ from: 0.25, to: 0, multiplier: 8 }
		]);
	});

	it('makes every band below a lifeline dearer, and adds the lifeline as an edge', () => {
		expect(shortfallBands(1, [0.5], 0.7, 100)).toEqual([
			{ from: 1, to: 0.7, multiplier: 1 },
			{ from: 0.7, to: 0.5, multiplier: 200 },
			{ from: 0.5, to: 0, multiplier: 400 }
		]);
	});

	it('ignores breakpoints at or above the top', () => {
		expect(shortfallBands(0.7, [0.9, 0.7, 0.5], null, 100).map((b) => b.from)).toEqual([0.7, 0.5]);
	});
});
