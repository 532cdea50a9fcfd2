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

	/**
	 * Three weeks of a region's energy: need 100 a day, production 95–105 (its normal day-to-day variation), the
	 * stock steady at `level` until today, when `today` gives that day's consumption and production.
	 */
	const weeks = (region: string, today: { use: number; made: number }, level: number) => {
		const n = 22;
		const made = Array.from({ length: n }, (_, i) => (i === n - 1 ? today.made : 100 + ((i % 3) - 1) * 5));
		const use = Array.from({ length: n }, (_, i) => (i === n - 1 ? today.use : made[i]!));
		const stock = Array.from({ length: n }, (_, i) =>
			i === n - 1 ? level - (today.use - today.made) : level
		);
		const input: ShortageInput = {
			...cell(region, 'energy', [0, 0], 0),
			times: Array.from({ length: n }, (_, i) => end - (n - i) * DAY),
			stock,
			consumption: use
		};
		return { input, made };
	};
	const federation = (today: { use: number; made: number }, level = 2_000) => {
		const a = weeks('a', today, level);
		const b = weeks('b', today, level);
		const production = new Map([
			[key('a', 'energy'), a.made],
			[key('b', 'energy'), b.made]
		]);
		return netFlowWarnings([a.input, b.input], production, end, options);
	};
	const survival = (ws: readonly { sentence: { en: string } }[]) =>
		ws.filter((w) => w.sentence.en.startsWith('Survival mode')).length;

	it('warns the whole federation on the first day its production leaves its normal variation', () => {
		// Production fell to 40 (the work force quarantined): 4,000 − 120 units fall 120 a day, 32.3 days at
		// that pace, under 14 within 19 days.
		const warnings = federation({ use: 100, made: 40 });
		expect(survival(warnings)).toBe(2);
		const a = warnings.find((w) => w.region === 'a')!;
		expect((a.runsOut! - end) / DAY).toBeCloseTo(3_880 / 120 - 14, 6);
		expect(a.sentence.en).toMatch(/lasts 32\.3 days at today's production and the last weeks' consumption/);
	});

	it('does not warn the federation of a one-day surge of demand, nor of a day of production within its variation', () => {
		// Demand doubled for a day and production rose to meet part of it: the stocks fell 70 each, which read as
		// today's net flow lasts 28.6 days (under 14 within 15): on the demo year, three false alarms of 84 alerts.
		expect(federation({ use: 200, made: 130 })).toEqual([]);
		// Production 92 with 300 units a region: read as today's net flow, 584 units lasting 36.5 days; but 92 is
		// within 3 robust σ of its 95–105 days, so the weeks ahead expect the usual 100.
		expect(federation({ use: 100, made: 92 }, 300)).toEqual([]);
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
