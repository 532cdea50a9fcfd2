import { describe, expect, it } from 'vitest';
import { defaultReferencePaths } from '../../../../data/reference/defaultReferencePaths.js';
import { loadReference } from '../../../../data/reference/loadReference.js';
import type { Reading } from '../../../../data/telemetry/index.js';
import { openWorld } from '../../../../scenarios/loop/index.js';
import { createRng } from '../../../../sim/index.js';
import { stockDays } from './stockDays.js';

const reference = await loadReference(defaultReferencePaths);

describe('stocks in days of need', () => {
	it("sums every site's latest reading and divides by population × norm", () => {
		const capital = reference.world.regions.find((r) => r.id === 'capital')!;
		const people = capital.population.adults + capital.population.children;
		const at = (site: string, value: number, time = 1000): Reading => ({
			region: 'capital',
			site,
			gateway: `${site}-gw`,
			resource: 'water',
			quantity: 'stock',
			time,
			value,
			seq: 1
		});
		const housing = { ...at('a', 1e9), resource: 'housing' };
		const consumption = { ...at('a', 1e9), quantity: 'consumption' as const };
		const result = stockDays(
			[at('a', 300 * people), at('b', 200 * people, 5000), housing, consumption],
			reference
		)!;
		// 500 L a head against the norm of 50 L a day: 10 days. Housing has no daily need; consumption is no stock.
		expect(result.cells).toEqual([{ region: 'capital', resource: 'water', value: 10, level: 10 / 182 }]);
		expect([result.oldest, result.newest]).toEqual([1000, 5000]);
		expect(stockDays([consumption], reference)).toBeNull();
	});

	it('agrees with the simulated world it reads, within the sensors’ noise', async () => {
		const opened = await openWorld(
			{ reference, rng: createRng('overview-stocks'), options: { days: 30, stepHours: 24 } },
			[],
			0
		);
		if (opened.status !== 'ready') throw new Error('the demo world is invalid');
		const { world } = opened;
		const readings: Reading[] = [];
		for (let d = 0; d < 5; d++) await world.stepDay((batch) => void readings.push(...batch));
		const latest = new Map<string, Reading>();
		for (const r of readings) latest.set(`${r.region}/${r.site}/${r.gateway}/${r.resource}/${r.quantity}`, r);
		const result = stockDays([...latest.values()], reference)!;
		const { compiled, state } = world;
		expect(result.cells.length).toBeGreaterThan(compiled.R);
		for (const cell of result.cells) {
			const rk =
				compiled.regionIndex.get(cell.region)! * compiled.K + compiled.resourceIndex.get(cell.resource)!;
			const region = reference.world.regions.find((r) => r.id === cell.region)!;
			const norm = reference.catalogue.resources.find((r) => r.id === cell.resource)!.norm!;
			const people = region.population.adults + region.population.children;
			const perDay =
				(people * norm.perPerson +
					region.population.physicalWorkers * (norm.physicalLabourExtra ?? 0) +
					region.population.children * (norm.perChildExtra ?? 0)) /
				(norm.per === 'day' ? 1 : 365.25);
			const truth = state.stock[rk]! / perDay;
			// 1% Gaussian sensor noise: 5% is five standard deviations.
			expect(Math.abs(cell.value - truth)).toBeLessThanOrEqual(0.05 * truth + 1e-9);
		}
	});
});
