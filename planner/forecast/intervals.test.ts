import { describe, expect, it } from 'vitest';
import { conformalWidths } from './intervals.js';
import { seededRandom } from './seededRandom.js';

/** The definition, by a full sort: the ⌈(N+1)·level⌉-th smallest pooled absolute error per step, made non-decreasing. */
function bySort(errors: number[][], level: number): number[] {
	const h = errors[0]!.length;
	const w = Math.max(1, Math.floor(h / 8));
	let running = 0;
	return Array.from({ length: h }, (_, j) => {
		const pool = errors
			.flatMap((row) => row.slice(Math.max(0, j - w), Math.min(h, j + w + 1)))
			.map(Math.abs)
			.sort((a, b) => a - b);
		const rank = Math.ceil((pool.length + 1) * level);
		running = Math.max(running, pool[rank - 1]!);
		return running;
	});
}

describe('conformalWidths', () => {
	it('takes the conformal rank of the pooled errors at every step, as a full sort does', () => {
		const rng = seededRandom(3);
		const errors = Array.from({ length: 6 }, () => Array.from({ length: 168 }, () => rng.normal() * 10));
		expect(conformalWidths(errors, 0.9, 168)).toEqual(bySort(errors, 0.9));
	});

	it('grows as √(j/h) beyond the backtested steps, and inflates the largest error when too few are pooled', () => {
		const widths = conformalWidths([[1, -2, 3, -4]], 0.9, 16);
		// Step 1 pools 2 errors (1, 2): rank ⌈3·0.9⌉ = 3 > 2, so 2 × (1 + 1/2) = 3.
		expect(widths[0]).toBe(3);
		expect(widths[15]).toBeCloseTo(widths[3]! * Math.sqrt(16 / 4), 12);
	});
});
