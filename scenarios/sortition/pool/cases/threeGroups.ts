import { buildClassProblem } from '../buildClassProblem.js';
import type { ClassProblem, Pool, Quotas } from '../../types.js';

/** `n` volunteers of group `group`, each their own household. */
export const groupOf = (group: string, n: number) =>
	Array.from({ length: n }, (_, i) => ({
		id: `${group}${i}`,
		household: `${group}${i}`,
		features: { group }
	}));

/**
 * A named case for the optimiser's tests: 2 a's, 4 b's and 10 c's for 3 seats, exactly one of them
 * a c (so each c has 1 in 10, the maximin), at most two a's or b's. Returns the pool, the quotas,
 * the class problem and the class index of each group.
 */
export function threeGroups(): {
	pool: Pool;
	quotas: Quotas;
	problem: ClassProblem;
	classOf: (group: string) => number;
} {
	const pool: Pool = {
		categories: ['group'],
		volunteers: [...groupOf('a', 2), ...groupOf('b', 4), ...groupOf('c', 10)]
	};
	const quotas: Quotas = {
		panelSize: 3,
		categories: { group: { a: { min: 0, max: 2 }, b: { min: 0, max: 2 }, c: { min: 1, max: 1 } } }
	};
	const built = buildClassProblem(pool, quotas);
	if (built.status !== 'ok') throw new Error(built.issues.join('; '));
	const { problem } = built;
	const classOf = (group: string) =>
		problem.classes.findIndex((k) => pool.volunteers[k.members[0]!]!.features.group === group);
	return { pool, quotas, problem, classOf };
}
