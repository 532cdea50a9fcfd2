import { describe, expect, it } from 'vitest';
import { seededRandom } from '../forecast/seededRandom.js';
import { detectRegimeChanges } from './detectRegimeChanges.js';

const noisy = (seed: number, n: number, shape: (t: number) => number) => {
	const rng = seededRandom(seed);
	return Array.from({ length: n }, (_, t) => shape(t) + rng.normal());
};

describe('detectRegimeChanges', () => {
	it('raises almost no flags on a steady noisy series', () => {
		let flags = 0;
		for (let seed = 1; seed <= 10; seed++) {
			const r = detectRegimeChanges(noisy(seed, 200, (t) => 50 + 0.05 * t));
			if (r.status !== 'ok') throw new Error(r.status);
			flags += r.changes.length;
		}
		expect(flags).toBeLessThanOrEqual(3); // ≤ 3 false alarms in 2,000 points
	});

	it('tells a step, a transient and a slope change apart', () => {
		const y = noisy(
			42,
			220,
			(t) => 100 + (t >= 80 ? 8 : 0) + (t >= 150 ? 0.8 * (t - 150) : 0) + (t === 40 ? 10 : 0)
		);
		const r = detectRegimeChanges(y);
		if (r.status !== 'ok') throw new Error(r.status);
		const at = (kind: string, from: number, to: number) =>
			r.changes.find((c) => c.kind === kind && c.index >= from && c.index <= to);
		expect(at('transient', 40, 40)).toBeDefined();
		const step = at('step', 80, 81)!;
		expect(step.levelAfter - step.levelBefore).toBeGreaterThan(5);
		// A new slope of 0.8 noise-widths per step, found within a point of where it began.
		const slope = at('slope', 149, 151)!;
		expect(slope.slopeAfter - slope.slopeBefore).toBeGreaterThan(0.2);
		expect(
			r.changes.filter(
				(c) =>
					c.index < 38 || (c.index > 42 && c.index < 78) || (c.index > 83 && c.index < 148) || c.index > 153
			)
		).toEqual([]);
	});

	it('carries times through and refuses too-short input as a value', () => {
		const y = noisy(3, 60, (t) => (t >= 40 ? 20 : 10));
		const times = y.map((_, i) => Date.UTC(2026, 0, 1) + i * 3_600_000);
		const r = detectRegimeChanges(y, {}, times);
		expect(r.status === 'ok' && r.changes[0]?.time).toBe(times[40]);
		expect(detectRegimeChanges([1, 2, 3])).toEqual({ status: 'too-short', have: 3, need: 39 });
	});
});
