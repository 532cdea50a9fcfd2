import { describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { createRng } from '../rng/createRng.js';
import { createRun } from '../run/createRun.js';
import { runSimulationSync } from '../run/runSimulation.js';
import type { Shock } from '../shocks/types.js';

const reference = await loadReference(defaultReferencePaths);
// No over-consumers, so a request ÷ need ratio shows the quota alone.
const behaviour = { overConsumerShare: 0 };

function prepare(shocks: Shock[] = []) {
	const prepared = createRun({
		reference,
		rng: createRng(3),
		shocks,
		options: { behaviour, citizens: { perRegion: 0 }, days: 90 }
	});
	if (prepared.status !== 'ready') throw new Error('invalid');
	const { run } = prepared;
	const cell = (region: string, resource: string) =>
		run.world.regionIndex.get(region)! * run.world.K + run.world.resourceIndex.get(resource)!;
	const day = (before?: () => void) => {
		run.beginDay();
		before?.();
		for (let s = 0; s < run.stepsPerDay; s++) run.step();
		run.endDay();
	};
	return { run, cell, day };
}

describe('reduced quotas (quotas/)', () => {
	it('regions that damage ecosystems get reduced quotas while the finding stands', () => {
		const finding: Shock = { kind: 'ecosystem-damage', region: 'capital', start: 10, days: 20 };
		const { run, cell, day } = prepare([finding]);
		const ratio = (region: string, resource: string) =>
			run.state.request[cell(region, resource)]! / run.state.need[cell(region, resource)]!;
		const seen: { day: number; capital: number; food: number; delta: number }[] = [];
		for (let d = 0; d < 40; d++) {
			day();
			seen.push({
				day: d,
				capital: ratio('capital', 'water'),
				food: ratio('capital', 'food'),
				delta: ratio('delta', 'water')
			});
		}
		expect(seen[9]!.capital).toBeCloseTo(1, 9);
		expect(seen[10]!.capital).toBeCloseTo(0.9, 9);
		expect(seen[10]!.food).toBeCloseTo(0.9, 9);
		expect(seen[29]!.capital).toBeCloseTo(0.9, 9);
		expect(seen[30]!.capital).toBeCloseTo(1, 9);
		// Another region keeps its quotas.
		expect(seen.every((s) => Math.abs(s.delta - 1) < 1e-9)).toBe(true);
		const outcome = run.finish().outcome;
		expect(outcome.quotaCuts).toEqual([
			{
				day: 10,
				region: 'capital',
				cause: 'ecosystem-damage',
				resource: null,
				value: 1,
				threshold: 1,
				factor: 0.9,
				until: 30
			}
		]);
	});

	it('regions that waste food get reduced food quotas for 30 days after the review', () => {
		const { run, cell, day } = prepare();
		const food = cell('capital', 'food');
		const cap = run.world.storageCap[food]!;
		// The capital takes in a month of food more than it can store: the excess is discarded.
		let thrown = 0;
		day(() => {
			const extra = run.state.need[food]! * 30;
			run.state.stock[food] = cap + extra;
			thrown = extra;
		});
		const overflowDay0 = run.state.dayOverflow[food]!;
		// Less the day's own consumption and spoilage, which come before the discard.
		expect(overflowDay0).toBeGreaterThan(thrown * 0.9);
		const ratio = (resource: string) =>
			run.state.request[cell('capital', resource)]! / run.state.need[cell('capital', resource)]!;
		const food30: number[] = [];
		const water30: number[] = [];
		for (let d = 1; d < 70; d++) {
			day();
			food30.push(ratio('food'));
			water30.push(ratio('water'));
		}
		// Days 1..29 before the review; the cut runs days 30..59; then quotas return.
		expect(food30[28]).toBeCloseTo(1, 9);
		expect(food30[29]).toBeCloseTo(0.9, 9);
		expect(food30[58]).toBeCloseTo(0.9, 9);
		expect(food30[59]).toBeCloseTo(1, 9);
		expect(water30.every((r) => Math.abs(r - 1) < 1e-9)).toBe(true);
		const cuts = run.finish().outcome.quotaCuts;
		expect(cuts).toHaveLength(1);
		expect(cuts[0]).toMatchObject({
			day: 30,
			region: 'capital',
			cause: 'food-waste',
			resource: 'food',
			until: 60
		});
		// The measured share: a month discarded over 30 days of need, about 1.
		expect(cuts[0]!.value).toBeGreaterThan(0.9);
		expect(cuts[0]!.threshold).toBe(0.05);
	});

	it('an ordinary year of the demo federation cuts nobody, and the figures are configurable', () => {
		const year = (quotaCuts: object) => {
			const result = runSimulationSync({
				reference,
				rng: createRng(1),
				options: { citizens: { perRegion: 0 }, recordDays: false, quotaCuts }
			});
			if (result.status !== 'ok') throw new Error('invalid');
			return result.outcome.quotaCuts;
		};
		expect(year({})).toEqual([]);
		const bad = runSimulationSync({
			reference,
			rng: createRng(1),
			options: { days: 1, quotaCuts: { wasteFactor: 1.5 } }
		});
		expect(bad.status).toBe('invalid');
		if (bad.status === 'invalid')
			expect(bad.issues).toContainEqual({
				path: 'quotaCuts.wasteFactor',
				expected: 'should be from 0 to 1',
				received: 1.5
			});
	});
});
