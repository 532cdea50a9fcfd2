import loadHighs from 'highs';
import { describe, expect, it } from 'vitest';
import { PanelOracle } from '../optimise/panelOracle.js';
import { threeGroups } from '../pool/cases/threeGroups.js';
import { repairDeficits } from './repairDeficits.js';

const highs = await loadHighs();

describe('repairDeficits', () => {
	it('replaces panels until every class has its target seats per member, pushing nobody below theirs', () => {
		// Ten panels of b, b, c leave the a's at zero; the target of 1 panel in 10 each needs 2 seats for a, 4 for b, 10 for c.
		const { problem, classOf } = threeGroups();
		const [a, b, c] = ['a', 'b', 'c'].map(classOf) as [number, number, number];
		const start = Array.from({ length: 10 }, () => {
			const p = [0, 0, 0];
			p[b] = 2;
			p[c] = 1;
			return p;
		});
		const oracle = new PanelOracle(highs, problem, 1e-9);
		try {
			const out = repairDeficits(problem, start, [a, b, c], 1, (w, lower, upper) => {
				const r = oracle.best(w, { lower, upper });
				return r.status === 'optimal' ? r.panel : undefined;
			});
			const total = [0, 0, 0];
			for (const p of out.panels) p.forEach((x, k) => (total[k]! += x));
			expect(total[a]).toBeGreaterThanOrEqual(2);
			expect(total[b]).toBeGreaterThanOrEqual(4);
			expect(total[c]).toBe(10);
			expect(out.replaced).toBeGreaterThan(0);
			for (const p of out.panels) {
				expect(p[a]! + p[b]! + p[c]!).toBe(3);
				expect(p[c]).toBe(1);
			}
		} finally {
			oracle.dispose();
		}
	});
});
