import { describe, expect, it } from 'vitest';
import { defaultReferencePaths } from '../../../../data/reference/defaultReferencePaths.js';
import { withLineageCase } from '../../../../data/reference/cases/lineage.js';
import { loadReference } from '../../../../data/reference/loadReference.js';
import { openSqliteStore } from '../../../../data/telemetry/sqlite/index.js';
import { openWorld } from '../../../../scenarios/loop/index.js';
import { createRng } from '../../../../sim/index.js';
import type { AppContext } from '../context.js';
import { explorerView } from './explorerView.js';

const DAY = 86_400_000;

describe('the telemetry explorer', () => {
	it("draws a simulated region's series with its forecast band, and its correlation matrix", async () => {
		const reference = await loadReference(defaultReferencePaths);
		const opened = await openWorld(
			{ reference, rng: createRng('explorer'), options: { days: 90, stepHours: 24 } },
			[],
			0
		);
		if (opened.status !== 'ready') throw new Error('the demo world is invalid');
		const { world } = opened;
		const store = openSqliteStore({ path: ':memory:' });
		for (let d = 0; d < 60; d++) await world.stepDay((batch) => store.write(batch));
		const app = { reference, telemetry: store, now: () => world.dateOf(60) } as unknown as AppContext;

		const view = await explorerView(app, { region: 'capital', series: 'water/consumption' }, 'en');
		expect(view.region.id).toBe('capital');
		expect(view.series.map((s) => s.id)).toContain('water/stock');
		const chosen = view.chosen!;
		expect(chosen.name).toBe('Drinking water: consumption');
		expect(chosen.forecast.status).toBe('ok');
		expect(chosen.chart.band).toMatch(/^M/);
		expect(chosen.regimes.status).toBe('ok');
		// The history line crosses every window of the 56 days it read (one segment: no silent day).
		expect(chosen.chart.history.match(/L/g)?.length).toBe(55);

		// The matrix holds every tested pair both ways round; the listed relations are exactly its starred cells.
		const matrix = view.matrix!;
		expect(matrix.labels.map((l) => l.id)).toEqual(view.series.map((s) => s.id));
		const starred = matrix.cells.filter((c) => c.significant);
		expect(starred.length).toBe(2 * view.significant.length);
		for (const cell of matrix.cells)
			expect(matrix.cells.some((c) => c.a === cell.b && c.b === cell.a && c.r === cell.r)).toBe(true);

		expect(view.refused).toEqual([]);
		// An unknown region or series is refused by name, and the page shows the first instead.
		const fallback = await explorerView(app, { region: 'atlantis', series: 'nothing/here' }, 'ru');
		expect(fallback.refused).toEqual([
			{ field: 'region', value: 'atlantis' },
			{ field: 'series', value: 'nothing/here' }
		]);
		expect(fallback.region.id).toBe(reference.world.regions[0]!.id);
		expect(fallback.chosen?.id).toBe(fallback.series[0]?.id);
		expect(new Date(fallback.to).getTime()).toBe(Math.floor(world.dateOf(60) / DAY) * DAY);
		await store.close();
	}, 60_000);

	// Known truth: household-index is derived from survey field q17 (ethnicity); its name gives nothing away.
	it('refuses a region whose series include one derived from a protected survey field', async () => {
		const reference = withLineageCase(await loadReference(defaultReferencePaths));
		const store = openSqliteStore({ path: ':memory:' });
		const key = { region: 'capital', site: 'survey', gateway: 'gw-9', resource: 'household-index' } as const;
		const t0 = Date.UTC(2026, 0, 1);
		await store.write(
			Array.from({ length: 30 }, (_, d) => ({
				...key,
				quantity: 'stock' as const,
				time: t0 + d * DAY,
				value: d,
				seq: d
			}))
		);
		const app = { reference, telemetry: store, now: () => t0 + 30 * DAY } as unknown as AppContext;
		await expect(explorerView(app, { region: 'capital', series: null }, 'en')).rejects.toThrow(
			/"capital\/survey\/gw-9\/household-index\/stock" \(ethnicity, derived from survey field "q17"\)/
		);
		await store.close();
	});
});
