import { describe, expect, it } from 'vitest';
import { nelderMead } from './nelderMead.js';

describe('nelderMead', () => {
	it("finds the minimum of Rosenbrock's function (1, 1) from the textbook start (−1.2, 1)", () => {
		const f = (x: Float64Array) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;
		const r = nelderMead(f, [-1.2, 1], [0.1, 0.1], 2000, 1e-14);
		expect(r.x[0]).toBeCloseTo(1, 3);
		expect(r.x[1]).toBeCloseTo(1, 3);
		expect(r.fx).toBeLessThan(1e-6);
	});

	it('stops at the iteration limit', () => {
		let calls = 0;
		nelderMead((x) => (calls++, x[0]! ** 2), [10], [1], 5);
		expect(calls).toBeLessThan(20);
	});
});
