import loadHighs from 'highs';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultReferencePaths } from '../../data/reference/defaultReferencePaths.js';
import { loadReference } from '../../data/reference/loadReference.js';
import { openSqliteStore } from '../../data/telemetry/sqlite/openSqliteStore.js';
import { highsSolver } from '../../planner/solver/highsSolver.js';
import { jsLpSolver } from '../../planner/solver/jsLpSolver.js';
import { storeSnapshot, telemetryPlanner } from './telemetryPlanner.js';

const highs = highsSolver(loadHighs);
afterAll(() => highs.close());

describe('the loop’s planner with a region under manual distribution', () => {
	it('plans no shipment into or out of it and holds its quotas; the other regions are planned as before', async () => {
		const reference = await loadReference(defaultReferencePaths);
		// No telemetry yet: the reference stocks (enough for a plan).
		const store = openSqliteStore({ path: ':memory:' });
		const planner = telemetryPlanner(
			reference,
			storeSnapshot(store, reference),
			{ highs, jslp: jsLpSolver() },
			{ policies: ['equity-first'] }
		);
		const request = { roundId: 'r', start: reference.world.startDate, currentPlan: null, survival: [] };
		const [normal] = await planner.propose({ ...request, manual: [] });
		// The region at red: the destination of the normal plan's first shipment.
		const arcs = new Map(reference.world.arcs.map((a) => [a.id, a]));
		const red = arcs.get(normal!.plan.transfers[0]!.arc)!.to;
		const touches = new Set(
			reference.world.arcs.filter((a) => a.from === red || a.to === red).map((a) => a.id)
		);
		const [manual] = await planner.propose({ ...request, manual: [red] });
		expect(normal!.plan.quotas.some((q) => q.region === red)).toBe(true);
		expect(normal!.plan.transfers.some((t) => touches.has(t.arc))).toBe(true);
		expect(manual!.plan.quotas.some((q) => q.region === red)).toBe(false);
		expect(manual!.plan.transfers.filter((t) => touches.has(t.arc))).toEqual([]);
		const others = (s: typeof normal) =>
			new Set(s!.plan.quotas.filter((q) => q.region !== red).map((q) => q.region));
		expect(others(manual)).toEqual(others(normal));
		expect(manual!.explanations![0]!.en).toContain(`Manual distribution in ${red}`);
		await store.close();
	}, 120_000);

	it('still proposes scenarios when a manual region cannot run its sites to need (no energy, no sun, no arcs)', async () => {
		const reference = await loadReference(defaultReferencePaths);
		const store = openSqliteStore({ path: ':memory:' });
		const stocks = storeSnapshot(store, reference);
		// The sun coast in the dark with its energy store empty and under manual distribution: its food sites need
		// energy the plan cannot give them, so sites held to the region's need make the balance infeasible.
		const dark = async () => {
			const s = await stocks();
			const out = (x: { region: string; resource: string }) =>
				x.region === 'sun-coast' && x.resource === 'energy';
			return { ...s, stocks: s.stocks.map((x) => (out(x) ? { ...x, amount: 0 } : x)) };
		};
		const planner = telemetryPlanner(
			reference,
			dark,
			{ highs, jslp: jsLpSolver() },
			{ policies: ['equity-first'] },
			async () => [{ region: 'sun-coast', resource: 'energy', productionFactor: 0 }]
		);
		const request = { roundId: 'r', start: reference.world.startDate, currentPlan: null, survival: [] };
		const scenarios = await planner.propose({ ...request, manual: ['sun-coast'] });
		expect(scenarios).toHaveLength(1);
		expect(scenarios[0]!.plan.quotas.some((q) => q.region === 'capital')).toBe(true);
		await store.close();
	}, 120_000);
});
