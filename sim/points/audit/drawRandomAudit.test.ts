import { describe, expect, it } from 'vitest';
import { createRng } from '../../rng/createRng.js';
import { drawRandomAudit } from './drawRandomAudit.js';

describe('5% random quarterly audit', () => {
	it('draws 5% of the people by lot, distinct, reproducible by seed, different each quarter', () => {
		const q1 = drawRandomAudit(2000, 0.05, createRng('q1'));
		expect(q1).toHaveLength(100);
		expect(new Set(q1.map((f) => f.person)).size).toBe(100);
		expect(q1[0]!.reasons).toEqual([{ feature: 'random-audit', value: 0.05, threshold: 0.05 }]);
		expect(drawRandomAudit(2000, 0.05, createRng('q1'))).toEqual(q1);
		const q2 = drawRandomAudit(2000, 0.05, createRng('q2')).map((f) => f.person);
		expect(q2.filter((p) => q1.some((f) => f.person === p)).length).toBeLessThan(20);
	});

	it('skips people already flagged this quarter, and every person can be drawn', () => {
		const skip = new Set(Array.from({ length: 1000 }, (_, i) => i));
		const drawn = drawRandomAudit(2000, 0.05, createRng(1), skip).map((f) => f.person);
		expect(drawn.every((p) => p >= 1000)).toBe(true);
		const seen = new Set<number>();
		for (let s = 0; s < 400; s++) for (const f of drawRandomAudit(40, 0.05, createRng(s))) seen.add(f.person);
		expect(seen.size).toBe(40);
	});
});
