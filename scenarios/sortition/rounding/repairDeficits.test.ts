import loadHighs from 'highs';
import { describe, expect, it } from 'vitest';
import { buildClassProblem } from '../pool/buildClassProblem.js';
import { PanelOracle } from '../optimise/panelOracle.js';
import { repairDeficits } from './repairDeficits.js';
import type { Pool, Quotas } from '../types.js';

const highs = await loadHighs();

const group = (group: string, n: number) =>
	Array.from({ length: n }, (_, i) => ({
		id: `${group}${i}`,
		household: `${group}${i}`,
		features: { group }
	}));

describe('repairDeficits', () => {
	it('replaces panels until every class has its target seats per member, pushing nobody below theirs', () => {
		// Ten panels of b, b, c leave the a's at zero; the target of 1 panel in 10 each needs 2 seats for a, 4 for b, 10 for c.
		const pool: Pool = {
			categories: ['group'],
			volunteers: [...group('a', 2), ...group('b', 4), ...group('c', 10)]
		};
		const quotas: Quotas = {
			panelSize: 3,
			categories: { group: { a: { min: 0, max: 2 }, b: { min: 0, max: 2 }, c: { min: 1, max: 1 } } }
		};
		const built = buildClassProblem(pool, quotas);
		if (built.status !== 'ok') throw new Error(built.issues.join('; '));
		const { problem } = built;
		const classOf = (g: string) =>
			problem.classes.findIndex((k) => pool.volunteers[k.members[0]!]!.features.group === g);
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
