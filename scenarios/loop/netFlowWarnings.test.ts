import { describe, expect, it } from 'vitest';
import type { ShortageInput } from '../../planner/forecast/shortage/types.js';
import { netFlowDefaults, netFlowWarnings } from './netFlowWarnings.js';

const DAY = 86_400_000;
const end = Date.UTC(2026, 6, 1);
const options = { ...netFlowDefaults, aheadDays: 28 };
const names = (id: string) => ({ en: id, ru: id });

/** Two days of a cell: stock yesterday and today, today's consumption; need 100 units a day. */
const cell = (region: string, resource: string, stock: [number, number], use: number): ShortageInput => ({
	region: { id: region, name: names(region) },
	resource: { id: resource, name: names(resource) },
	times: [end - 2 * DAY, end - DAY],
	stepMs: DAY,
	stock,
	consumption: [use, use],
	need: { perDay: 100, people: 100, perPersonPerDay: 1 }
});
const key = (region: string, resource: string) => `${region}\u0000${resource}`;
const cells = (ws: readonly { region: string; resource: string }[]) =>
	ws.map((w) => `${w.region}/${w.resource}`).sort();

describe('netFlowWarnings', () => {
	it('warns every region × good when the federation heads for survival mode, with months of stock in each', () => {
		// Energy: 2 × 450 units (4.5 days of need each); production fell to 40 of 100: the stock falls 60 a day each.
		// The federation's 780 units last 6.5 days: under 14 already, so the cut is due now (day 0).
		const inputs = [
			cell('a', 'energy', [450, 390], 100),
			cell('b', 'energy', [450, 390], 100),
			cell('a', 'water', [20_000, 20_000], 100),
			cell('b', 'water', [20_000, 20_000], 100)
		];
		const production = new Map([
			[key('a', 'energy'), [40, 40]],
			[key('b', 'energy'), [40, 40]],
			[key('a', 'water'), [100, 100]],
			[key('b', 'water'), [100, 100]]
		]);
		const warnings = netFlowWarnings(inputs, production, end, options);
		expect(cells(warnings)).toEqual(['a/energy', 'a/water', 'b/energy', 'b/water']);
		const water = warnings.find((w) => w.region === 'a' && w.resource === 'water')!;
		expect(water).toMatchObject({ state: 'quota-cut', method: 'net-flow', runsOut: end });
		expect(water.sentence.en).toMatch(
			/^Survival mode ahead around 2026-07-01: the federation's energy lasts 6\.5 days/
		);
	});

	it('waits for a second day of the fall before it warns the whole federation', () => {
		// Yesterday steady, today the fall of the first case: a one-day dip (on the demo year, three false alarms).
		const dip = (region: string): ShortageInput => ({
			...cell(region, 'energy', [450, 390], 100),
			times: [end - 3 * DAY, end - 2 * DAY, end - DAY],
			stock: [450, 450, 390],
			consumption: [100, 100, 100]
		});
		const production = new Map([
			[key('a', 'energy'), [100, 100, 40]],
			[key('b', 'energy'), [100, 100, 40]]
		]);
		const warnings = netFlowWarnings([dip('a'), dip('b')], production, end, options);
		expect(warnings.some((w) => w.sentence.en.startsWith('Survival mode'))).toBe(false);
		// Each region's own energy (390 units falling 60 a day) still runs out within the horizon.
		expect(cells(warnings)).toEqual(['a/energy', 'b/energy']);
	});

	it("warns a region's good that runs out, and the whole region when a lifeline good falls below its survival coverage", () => {
		// Region a: energy 300 units, production 20 of 100 (falls 80/day): out in 3.75 days, then 20% of the norm
		// (under 35%: the region's survival mode). Region b: water falls 30/day, out in 10 days, then 70%: water alone.
		// The federation's energy (300 + 10,000) lasts 129 days, its water (300 + 20,000) 677: no federation survival mode.
		const inputs = [
			cell('a', 'energy', [380, 300], 100),
			cell('a', 'water', [20_000, 20_000], 100),
			cell('a', 'medicine', [5_000, 5_000], 100),
			cell('b', 'water', [330, 300], 100),
			cell('b', 'energy', [10_000, 10_000], 100),
			cell('b', 'medicine', [5_000, 5_000], 100)
		];
		const production = new Map([
			[key('a', 'energy'), [20, 20]],
			[key('a', 'medicine'), [100, 100]],
			[key('a', 'water'), [100, 100]],
			[key('b', 'water'), [70, 70]],
			[key('b', 'energy'), [100, 100]],
			[key('b', 'medicine'), [100, 100]]
		]);
		const warnings = netFlowWarnings(inputs, production, end, options);
		expect(cells(warnings)).toEqual(['a/energy', 'a/medicine', 'a/water', 'b/water']);
		const out = (r: string, k: string) =>
			(warnings.find((w) => w.region === r && w.resource === k)!.runsOut! - end) / DAY;
		expect(out('a', 'energy')).toBeCloseTo(3.75);
		expect(out('a', 'medicine')).toBeCloseTo(3.75);
		expect(out('b', 'water')).toBeCloseTo(10);
	});

	it('warns of nothing when only one kind of evidence shows a fall (sensor noise, or a region living on transfers)', () => {
		const inputs = [
			// The stock reading dropped 40% but consumption equals production: noise, or a reading error.
			cell('a', 'energy', [500, 300], 100),
			// No production at all, but the stock holds: the region is supplied by transfers.
			cell('b', 'water', [1_000, 1_000], 100)
		];
		const production = new Map([[key('a', 'energy'), [100, 100]]]);
		expect(netFlowWarnings(inputs, production, end, options)).toEqual([]);
	});
});
