import { describe, expect, it } from 'vitest';
import { defaultReferencePaths } from '../../data/reference/defaultReferencePaths.js';
import { loadReference } from '../../data/reference/loadReference.js';
import { openSqliteStore } from '../../data/telemetry/sqlite/openSqliteStore.js';
import type { Shock } from '../../sim/shocks/types.js';
import { testLoop } from './testLoop.js';

// The capital's grain store burns and the wheat harvest fails: by the catalogue a wheat shortage of its
// own; by nutrient, kcal the region's other food and quinoa make up.
const shocks: Shock[] = [
	{
		id: 'grain-fire',
		kind: 'stock-loss',
		start: 3,
		days: 1,
		region: 'capital',
		resource: 'wheat',
		fraction: 0.9
	},
	{ id: 'harvest', kind: 'capacity-loss', start: 3, days: 60, resource: 'wheat', fraction: 0.8 }
];
const DAYS = 20;

async function run(reference?: Awaited<ReturnType<typeof loadReference>>) {
	const store = openSqliteStore({ path: ':memory:' });
	const t = await testLoop({
		ledgerPath: ':memory:',
		store,
		auto: true,
		shocks,
		...(reference ? { reference } : {})
	});
	const need: Float64Array[] = [];
	for (let d = 0; d < DAYS; d++) {
		await t.loop.tick();
		need.push(Float64Array.from(t.world.state.need));
	}
	const warned = new Set(
		t.events.flatMap((e) => (e.kind === 'warnings' ? e.warnings.map((w) => w.resource) : []))
	);
	return { t, need, warned };
}

describe('the loop counts food by nutrient (the default of `npm start`, `loop.food`)', () => {
	it('its world needs kcal and no wheat of its own, its round plans the same food, and no warning names wheat as a need', async () => {
		const { t, need, warned } = await run();
		const w = t.world.compiled;
		const k = (id: string) => w.resources.indexOf(id);
		const [food, wheat, quinoa] = [k('food'), k('wheat'), k('quinoa')];
		// The world: food is the ration in kcal, wheat no need of its own, quinoa and wheat supply it by their energy.
		expect(w.norm[food]).toBe(3000);
		expect(w.normKind[wheat]).toBe(0);
		for (const day of need) for (let r = 0; r < w.R; r++) expect(day[r * w.K + wheat]).toBe(0);
		const supplies = new Map<number, number>();
		for (let s = w.substituteStart[food]!; s < w.substituteStart[food + 1]!; s++)
			supplies.set(w.substitute[s]!, w.substitutePerUnit[s]!);
		expect(supplies).toEqual(
			new Map([
				[wheat, 3400],
				[quinoa, 3680]
			])
		);
		// The round (day 7): every scenario covers food and nothing of wheat; what it plans to hand out of
		// food, wheat and quinoa, in kcal, is its predicted coverage of the world's own need.
		const round = t.ledger.round(t.ledger.adoptedPlan()!.round)!;
		for (const { scenario } of round.scenarios) {
			const resources = new Set(scenario.coverage!.map((c) => c.resource));
			expect(resources.has('food') && !resources.has('wheat')).toBe(true);
			const { plan } = scenario;
			for (const c of scenario.coverage!.filter((c) => c.resource === 'food')) {
				const r = w.regions.indexOf(c.region);
				const kcal = plan.allocations
					.filter((a) => a.region === c.region)
					.reduce(
						(s, a) => s + a.amount * (a.resource === 'food' ? 1 : (supplies.get(k(a.resource)) ?? 0)),
						0
					);
				const worldNeed = need[7]![r * w.K + food]! * plan.periods * plan.periodDays;
				expect(Math.min(1, kcal / worldNeed), `${scenario.policy} ${c.region}`).toBeCloseTo(c.coverage, 2);
			}
		}
		// Scanned every day; the catalogue's reading of the same days warns of wheat (the next test).
		expect(t.events.filter((e) => e.kind === 'warnings')).toHaveLength(DAYS);
		expect(warned.has('wheat')).toBe(false);
		await t.close();
	}, 300_000);

	it('read as the catalogue (`loop.food` catalogue), the same shocks make wheat a need and a warning of its own', async () => {
		const { t, warned } = await run(await loadReference(defaultReferencePaths));
		expect(t.world.compiled.norm[t.world.compiled.resources.indexOf('wheat')]).toBe(0.5);
		expect(warned.has('wheat')).toBe(true);
		await t.close();
	}, 300_000);
});
