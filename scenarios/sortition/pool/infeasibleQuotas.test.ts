import { afterAll, describe, expect, it } from 'vitest';
import { drawPanel } from '../publish/drawPanel.js';
import { createWorkerSolver } from '../node/workerSolver.js';
import type { Pool, Quotas } from '../types.js';

const people = (spec: [string, string, number][]): Pool => {
	const volunteers = spec.flatMap(([region, gender, n], s) =>
		Array.from({ length: n }, (_, i) => ({
			id: `p${s}-${i}`,
			household: `h${s}-${i}`,
			features: { region, gender }
		}))
	);
	return { categories: ['region', 'gender'], volunteers };
};
// 6 women in the north, 2 men in the north, 10 women and 10 men in the south.
const pool = people([
	['north', 'female', 6],
	['north', 'male', 2],
	['south', 'female', 10],
	['south', 'male', 10]
]);
const solver = createWorkerSolver();
afterAll(() => solver.close());

describe('infeasible quotas', () => {
	it('names the cell that cannot be met, by how much, and the smallest relaxation', async () => {
		const quotas: Quotas = {
			panelSize: 10,
			categories: {
				region: { north: { min: 10, max: 10 }, south: { min: 0, max: 10 } },
				gender: { female: { min: 5, max: 5 }, male: { min: 5, max: 5 } }
			}
		};
		const r = await drawPanel(pool, quotas, solver);
		expect(r.status).toBe('infeasible');
		if (r.status !== 'infeasible') return;
		expect(r.report.reasons.join('\n')).toMatch(/region=north: needs at least 10 but only 8 households/);
		expect(r.report.reasons.join('\n')).toMatch(/short by 2/);
		// With 5 women and 5 men, the north can give at most 5 women + 2 men = 7 seats: north's min must drop by 3.
		// Any other fix costs as much (north 8 = 6 women + 2 men needs female max +1 and north min −2), none less.
		expect(r.report.totalRelaxation).toBe(3);
		expect(r.report.relaxations.every((x) => x.by > 0)).toBe(true);
		expect(r.report.relaxations.map((x) => `${x.category}=${x.value}`)).toContain('region=north');
	}, 60_000);

	it('says when the pool is simply too small', async () => {
		const r = await drawPanel(
			pool,
			{ panelSize: 40, categories: { region: { north: { min: 0, max: 40 }, south: { min: 0, max: 40 } } } },
			solver
		);
		expect(r.status).toBe('infeasible');
		if (r.status === 'infeasible')
			expect(r.report.reasons.join('\n')).toMatch(/28 households but the panel needs 40 seats/);
	});

	it('refuses a protected attribute as a category', async () => {
		const withRace: Pool = {
			categories: ['region', 'race'],
			volunteers: pool.volunteers.map((v) => ({ ...v, features: { ...v.features, race: 'x' } }))
		};
		const r = await drawPanel(
			withRace,
			{ panelSize: 4, categories: { race: { x: { min: 0, max: 4 } } } },
			solver
		);
		expect(r.status).toBe('invalid');
		if (r.status === 'invalid')
			expect(r.issues.join('\n')).toMatch(/quotas.categories.race: is a protected category \(race\)/);
	});
});
