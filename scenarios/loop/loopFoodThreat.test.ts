import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../data/telemetry/sqlite/openSqliteStore.js';
import type { Shock } from '../../sim/shocks/types.js';
import { testLoop } from './testLoop.js';

const DAYS = 6;

/** North Lake (no food made, months of wheat and quinoa) loses the stores named on day 1; the levels the world
 * and the loop give it over the days after, each by its own reading (truth, telemetry) of one rule. */
async function levels(lost: readonly string[]) {
	const shocks: Shock[] = lost.map((resource) => ({
		kind: 'stock-loss',
		start: 1,
		days: 1,
		region: 'north-lake',
		resource,
		fraction: 1
	}));
	const t = await testLoop({
		ledgerPath: ':memory:',
		store: openSqliteStore({ path: ':memory:' }),
		auto: false,
		shocks
	});
	const r = t.world.compiled.regions.indexOf('north-lake');
	const world = new Set<string>();
	for (let d = 0; d < DAYS; d++) {
		await t.loop.tick();
		world.add(t.world.state.threat.regions[r]!.level);
	}
	const loop = new Set(
		t.events.flatMap((e) => (e.kind === 'threat-level' && e.scope === 'north-lake' ? [e.to] : []))
	);
	await t.close();
	return { world, loop };
}

describe('food by nutrient: the world and the loop judge a stock with its stand-ins alike', () => {
	it('an emptied food store beside a granary of wheat is red in neither', async () => {
		const { world, loop } = await levels(['food']);
		expect([...world].filter((l) => l === 'red' || l === 'survival')).toEqual([]);
		expect([...loop].filter((l) => l === 'red' || l === 'survival')).toEqual([]);
	});

	it('with the granary gone too, both see the region at red or worse', async () => {
		const { world, loop } = await levels(['food', 'wheat', 'quinoa']);
		expect(
			[...world].some((l) => l === 'red' || l === 'survival'),
			[...world].join()
		).toBe(true);
		expect(
			[...loop].some((l) => l === 'red' || l === 'survival'),
			[...loop].join()
		).toBe(true);
	});
});
