import { describe, expect, it } from 'vitest';
import { seededRandom } from '../seededRandom.js';
import { hierarchyOf } from './hierarchyOf.js';
import { reconcile } from './reconcile.js';

const sum = (a: readonly number[]) => a.reduce((x, y) => x + y, 0);

describe('reconcile', () => {
	it('with equal error variances is the OLS projection (worked by hand below)', () => {
		const h = hierarchyOf([
			{ region: 'north', site: 'a' },
			{ region: 'north', site: 'b' }
		]);
		// federation = region:north = a + b; base forecasts 10, 10, 3, 5; two errors each (too few for a covariance).
		const r = reconcile(
			h.summing,
			[[10], [10], [3], [5]],
			[
				[1, -1],
				[1, -1],
				[1, -1],
				[1, -1]
			]
		);
		expect(r.method).toBe('wls-variance');
		// S = [1 1; 1 1; 1 0; 0 1]: SᵀS = [3 2; 2 3], Sᵀŷ = [23, 25] → parts (69 − 50)/5 = 3.8 and (75 − 46)/5 = 5.8.
		expect(r.forecasts[2]![0]).toBeCloseTo(3.8, 10);
		expect(r.forecasts[3]![0]).toBeCloseTo(5.8, 10);
		expect(r.forecasts[0]![0]).toBeCloseTo(9.6, 10);
	});

	it('makes every total the sum of its parts (MinT-shrink), and trusts the node with the smaller errors more', () => {
		const h = hierarchyOf([
			{ region: 'north', site: 'a' },
			{ region: 'north', site: 'b' },
			{ region: 'south', site: 'c' }
		]);
		const random = seededRandom(5);
		const noise = (sd: number) => Array.from({ length: 40 }, () => sd * random.normal());
		// federation, north, south, a, b, c: the federation forecast is precise, site b's is poor.
		const errors = [noise(1), noise(3), noise(3), noise(3), noise(30), noise(3)];
		const base = [[100], [70], [35], [30], [50], [35]];
		const r = reconcile(h.summing, base, errors);
		expect(r.method).toBe('mint-shrink');
		expect(r.lambda).toBeGreaterThanOrEqual(0);
		expect(r.lambda).toBeLessThanOrEqual(1);
		const [fed, north, south, a, b, c] = r.forecasts.map((f) => f[0]!);
		expect(north!).toBeCloseTo(a! + b!, 9);
		expect(south!).toBeCloseTo(c!, 9);
		expect(fed!).toBeCloseTo(north! + south!, 9);
		// Base parts add to 115 against a federation forecast of 100: the precise total wins, the noisy site gives way.
		expect(Math.abs(fed! - 100)).toBeLessThan(3);
		expect(Math.abs(b! - 50)).toBeGreaterThan(Math.abs(a! - 30));
		expect(sum(r.forecasts.slice(3).map((f) => f[0]!))).toBeCloseTo(fed!, 9);
	});
});
