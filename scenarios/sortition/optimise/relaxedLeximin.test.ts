import loadHighs from 'highs';
import { describe, expect, it } from 'vitest';
import { buildClassProblem } from '../pool/buildClassProblem.js';
import { groupOf, threeGroups } from '../pool/cases/threeGroups.js';
import { relaxedLeximin } from './relaxedLeximin.js';
import type { Pool, Quotas } from '../types.js';

const highs = await loadHighs();

describe('relaxedLeximin', () => {
	it('fixes the least-served at the maximin and equalises everyone else as far as the quotas allow', () => {
		// 3 seats: exactly one for the 10 c's (0.1 each, the maximin); the 2 a's and 4 b's share the other two.
		// The maximin alone allows a at 0.1 and b at 0.45; LEXIMIN gives a and b 2/6 = 1/3 each.
		const { problem, classOf } = threeGroups();
		const result = relaxedLeximin(
			highs,
			problem,
			problem.classes.map((_, a) => a)
		);
		expect(result.status).toBe('optimal');
		expect(result.bound).toBeCloseTo(0.1, 9);
		expect(result.stages).toBe(2);
		const probabilityOf = (g: string) => {
			const a = classOf(g);
			return result.counts[a]! / problem.classes[a]!.members.length;
		};
		expect(probabilityOf('c')).toBeCloseTo(0.1, 6);
		expect(probabilityOf('a')).toBeCloseTo(1 / 3, 6);
		expect(probabilityOf('b')).toBeCloseTo(1 / 3, 6);
	});

	it('says infeasible when no panel meets the quotas', () => {
		const pool: Pool = { categories: ['group'], volunteers: groupOf('a', 2) };
		const quotas: Quotas = { panelSize: 2, categories: { group: { a: { min: 3, max: 3 } } } };
		const built = buildClassProblem(pool, quotas);
		if (built.status !== 'ok') throw new Error(built.issues.join('; '));
		expect(relaxedLeximin(highs, built.problem, [0]).status).toBe('infeasible');
	});
});
