import { afterAll, describe, expect, it } from 'vitest';
import { maximinPanelDrawer } from './maximinPanelDrawer.js';
import { createWorkerSolver } from '../node/workerSolver.js';
import { syntheticPool } from '../pool/syntheticPool.js';

const solver = createWorkerSolver();
afterAll(() => solver.close());
const { pool, quotas } = syntheticPool({ volunteers: 120, panelSize: 12, tolerance: 0.2, seed: 'drawer' });
const members = pool.volunteers.map((v) => ({ id: v.id, household: v.household, features: v.features }));

describe('maximinPanelDrawer (the round’s PanelDrawer port)', () => {
	it('commits before the seed and reveals the same panel and reserves for the same seed', async () => {
		const drawer = maximinPanelDrawer(solver, quotas, { panels: 50, refineRounds: 0 });
		const committed = await drawer.commit({ round: 'r1', pool: members, size: 12, reserves: 5 });
		expect(committed.status).toBe('committed');
		if (committed.status !== 'committed') return;
		const a = await drawer.reveal(committed, 'seed-one');
		const b = await drawer.reveal(committed, 'seed-one');
		expect(a).toEqual(b);
		expect(a.members).toHaveLength(12);
		expect(a.reserves).toHaveLength(5);
		for (const id of a.reserves) expect(a.members).not.toContain(id);
		await expect(async () =>
			drawer.reveal({ ...committed, commitment: '0'.repeat(64) }, 'seed-one')
		).rejects.toThrow(/does not match/);
	}, 60_000);

	it('reports a panel size the quotas were not written for', async () => {
		const r = await maximinPanelDrawer(solver, quotas).commit({
			round: 'r1',
			pool: members,
			size: 10,
			reserves: 0
		});
		expect(r).toEqual({
			status: 'infeasible',
			message: 'the quotas are for a panel of 12, the round asks for 10'
		});
	});
});
