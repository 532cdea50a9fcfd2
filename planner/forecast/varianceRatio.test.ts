import { describe, expect, it } from 'vitest';
import { behavesAsRandomWalk, varianceRatio } from './varianceRatio.js';
import { seededRandom } from './seededRandom.js';

/** A random walk with drift; `calmFirst`: the first half's steps are a fifth as large (a calm and a turbulent spell). */
const walk = (seed: number, n: number, calmFirst = false) => {
	const rng = seededRandom(seed);
	let v = 1000;
	return Array.from({ length: n }, (_, t) => (v += 0.3 + (calmFirst && t < n / 2 ? 0.2 : 1) * rng.normal()));
};
/** Lo & MacKinlay's standard error of the ratio for steps of equal variance (their eq. 15). */
const homoscedasticSe = (q: number, n: number) => Math.sqrt((2 * (2 * q - 1) * (q - 1)) / (3 * q * n));

describe('varianceRatio', () => {
	it('is 1 for a random walk, with the standard error of equal steps when the steps are equal', () => {
		const vr = varianceRatio(walk(1, 3001), 10)!;
		expect(Math.abs(vr.ratio - 1)).toBeLessThan(3 * vr.se);
		expect(vr.se / homoscedasticSe(10, 3000)).toBeGreaterThan(0.85);
		expect(vr.se / homoscedasticSe(10, 3000)).toBeLessThan(1.15);
	});

	it('holds its 90% interval about 90% of the time on random walks with calm and turbulent spells', () => {
		let inside = 0;
		const runs = 300;
		for (let s = 0; s < runs; s++) {
			const vr = varianceRatio(walk(100 + s, 1001, true), 10)!;
			if (Math.abs(vr.ratio - 1) < 1.645 * vr.se) inside++;
			// The robust error is wider than the equal-steps one when the steps' size changes.
			if (s === 0) expect(vr.se).toBeGreaterThan(1.2 * homoscedasticSe(10, 1000));
		}
		expect(inside / runs).toBeGreaterThan(0.85);
		expect(inside / runs).toBeLessThan(0.95);
	});

	it('falls below 1 for a series that reverts and rises above 1 for one whose changes persist', () => {
		const rng = seededRandom(7);
		let level = 0;
		const reverting = Array.from({ length: 1000 }, () => (level = 0.5 * level + rng.normal()));
		let change = 0;
		let v = 0;
		const trending = Array.from({ length: 1000 }, () => (v += change = 0.8 * change + rng.normal()));
		expect(varianceRatio(reverting, 10)!.ratio).toBeLessThan(0.3);
		expect(varianceRatio(trending, 10)!.ratio).toBeGreaterThan(3);
	});

	it('is null without 2q changes or with constant changes, and leaves out the error far from 1', () => {
		expect(varianceRatio(walk(2, 20), 10)).toBeNull();
		expect(
			varianceRatio(
				Array.from({ length: 100 }, (_, t) => 3 * t),
				10
			)
		).toBeNull();
		const seasonal = Array.from({ length: 500 }, (_, t) => Math.sin((2 * Math.PI * t) / 10) + 0.01 * t);
		expect(varianceRatio(seasonal, 10, 0.5)!.se).toBeNaN();
	});
});

describe('behavesAsRandomWalk', () => {
	it('needs enough history to show it: a long random walk passes, the same walk cut short does not', () => {
		const y = walk(3, 1001);
		expect(behavesAsRandomWalk(y, 10, 0.5)).not.toBeNull();
		expect(behavesAsRandomWalk(y.slice(0, 120), 10, 0.5)).toBeNull();
	});

	it('refuses a seasonal series and a trending one', () => {
		const rng = seededRandom(5);
		const seasonal = Array.from(
			{ length: 1000 },
			(_, t) => 10 * Math.sin((2 * Math.PI * t) / 7) + rng.normal()
		);
		let change = 0;
		let v = 0;
		const trending = Array.from({ length: 1000 }, () => (v += change = 0.6 * change + rng.normal()));
		expect(behavesAsRandomWalk(seasonal, 14, 0.5)).toBeNull();
		expect(behavesAsRandomWalk(trending, 10, 0.5)).toBeNull();
	});
});
