import { describe, expect, it } from 'vitest';
import { seededRandom } from '../seededRandom.js';
import { demandAdjustments } from './demandAdjustments.js';

describe('demandAdjustments', () => {
	it('turns a growing consumption into factors above 1 that rise period by period', () => {
		const rng = seededRandom(5);
		const daily = Array.from(
			{ length: 120 },
			(_, d) => 1000 * (1 + 0.004 * d) * (1 + 0.1 * Math.sin((2 * Math.PI * d) / 7)) + 5 * rng.normal()
		);
		const out = demandAdjustments({ region: 'north', resource: 'water', dailyConsumption: daily }, 4, 7);
		if (out.status !== 'ok') throw new Error(out.reason);
		expect(out.adjustments.map((a) => a.period)).toEqual([0, 1, 2, 3]);
		const factors = out.adjustments.map((a) => a.demandFactor!);
		expect(factors[0]).toBeGreaterThan(1);
		expect(factors[3]).toBeGreaterThan(factors[0]!);
		// About +0.4% of the base a day, i.e. roughly 2.7% a week on a level of ~1.48 × base.
		expect(factors[3]! - factors[0]!).toBeGreaterThan(0.03);
		expect(factors[3]! - factors[0]!).toBeLessThan(0.12);
	});

	it('asks for more data rather than guessing', () => {
		expect(demandAdjustments({ region: 'a', resource: 'b', dailyConsumption: [1, 2, 3] }, 4, 7).status).toBe(
			'insufficient-data'
		);
	});
});
