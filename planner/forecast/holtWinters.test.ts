import { describe, expect, it } from 'vitest';
import { holtWinters, holtWintersRun } from './holtWinters.js';
import { seededRandom } from './seededRandom.js';

describe('holtWinters', () => {
	const rng = seededRandom(4);
	const y = Array.from(
		{ length: 96 },
		(_, t) => 50 + 0.3 * t + 10 * Math.cos((2 * Math.PI * t) / 12) + rng.normal()
	);

	it('follows trend and season', () => {
		const f = holtWinters(y, 12, 12);
		const truth = Array.from(
			{ length: 12 },
			(_, j) => 50 + 0.3 * (96 + j) + 10 * Math.cos((2 * Math.PI * (96 + j)) / 12)
		);
		f.forEach((v, j) => expect(Math.abs(v - truth[j]!)).toBeLessThan(4));
	});

	it('backtests at the first origin exactly as a fit on that prefix, and later origins without seeing their future', () => {
		const origins = [60, 66, 72];
		const bt = holtWintersRun(y, origins, 12, 24, 12);
		expect(bt.atOrigins[0]).toEqual(holtWinters(y.slice(0, 60), 12, 12));
		expect(bt.final).toHaveLength(24);
		// Changing values after an origin must not change its forecast.
		const changed = [...y.slice(0, 66), ...y.slice(66).map((v) => v + 1000)];
		expect(holtWintersRun(changed, origins, 12, 24, 12).atOrigins[1]).toEqual(bt.atOrigins[1]);
	});
});
