import { describe, expect, it } from 'vitest';
import type { SeriesKey } from '../../data/telemetry/types.js';
import type { ShortageInput } from '../../planner/forecast/shortage/types.js';
import { observedThreat, type ThreatEvidence } from './observedThreat.js';
import type { LoopWarning } from './types.js';

const DAY = 86_400_000;
const now = 100 * DAY;
const key = (region: string, site: string): SeriesKey => ({
	region,
	site,
	gateway: site,
	resource: 'water',
	quantity: 'stock'
});
const input = (
	region: string,
	resource: string,
	stock: number,
	used: number,
	perDay: number
): ShortageInput => ({
	region: { id: region, name: { ru: region, en: region } },
	resource: { id: resource, name: { ru: resource, en: resource } },
	times: [now - 2 * DAY, now - DAY],
	stepMs: DAY,
	stock: [stock + used, stock],
	consumption: [NaN, used],
	need: { perDay, people: 100, perPersonPerDay: perDay / 100 }
});
const warning = (
	region: string,
	resource: string,
	state: LoopWarning['state'],
	days: number
): LoopWarning => ({
	region,
	resource,
	state,
	runsOut: now + days * DAY,
	method: 'net-flow',
	probability: null,
	sentence: { ru: '', en: '' }
});
const evidence = (over: Partial<ThreatEvidence> = {}): ThreatEvidence => ({
	regions: [
		{ id: 'a', persons: 100 },
		{ id: 'b', persons: 300 }
	],
	series: [key('a', '1'), key('a', '2'), key('a', '3'), key('a', '4'), key('b', '1')],
	stale: [],
	inputs: [],
	production: new Map(),
	warnings: [],
	now,
	basic: new Set(['water', 'food']),
	lifelineResources: new Set(['water']),
	lifeline: 0.5,
	rationing: 'lifeline-first',
	...over
});

describe('observedThreat', () => {
	it('reads sensors lost per region and for the federation off the stale series', () => {
		const o = observedThreat(evidence({ stale: [key('a', '1'), key('a', '2'), key('a', '3')] }));
		expect(o.regions.map((r) => r.sensorsLost)).toEqual([0.75, 0]);
		expect(o.federation.sensorsLost).toBe(0.6);
		expect(o.persons).toEqual([100, 300]);
	});

	it("takes a region's stock days from the earliest basic good its warnings see run out; cuts and other goods do not count", () => {
		const o = observedThreat(
			evidence({
				warnings: [
					warning('a', 'water', 'runs-out', 12),
					warning('a', 'food', 'runs-out', 5),
					warning('a', 'gadgets', 'runs-out', 1),
					warning('b', 'water', 'quota-cut', 2)
				]
			})
		);
		expect(o.regions.map((r) => r.stockDays)).toEqual([5, Infinity]);
		const empty = observedThreat(evidence({ warnings: [warning('b', 'food', 'empty', -3)] }));
		expect(empty.regions[1]!.stockDays).toBe(0);
	});

	it('counts people below the lifeline from the last day of consumption against need, as the world rations', () => {
		// Region a got 20% of its water: lifeline-first serves the lifeline to 20/50 of its people, 60% go without.
		const inputs = [
			input('a', 'water', 10, 20, 100),
			input('b', 'water', 10, 90, 100),
			input('b', 'food', 5, 1, 100)
		];
		const first = observedThreat(evidence({ inputs }));
		expect(first.regions.map((r) => r.belowLifeline)).toEqual([expect.closeTo(0.6, 9), 0]);
		expect(first.federation.belowLifeline).toBeCloseTo(0.15, 9);
		// Proportional rationing gives everyone 20%: the whole region is below. Food is no lifeline here.
		const even = observedThreat(evidence({ inputs, rationing: 'proportional' }));
		expect(even.regions.map((r) => r.belowLifeline)).toEqual([1, 0]);
	});

	it("reads the federation's stock days as the simulation does: all stock over all need less production", () => {
		const inputs = [input('a', 'water', 300, 100, 100), input('b', 'water', 700, 100, 100)];
		const production = new Map([['b\u0000water', [0, 150]]]);
		// 1,000 in stock, 200 needed a day, 150 made: 20 days.
		expect(observedThreat(evidence({ inputs, production })).federation.stockDays).toBe(20);
		expect(observedThreat(evidence()).federation.stockDays).toBe(Infinity);
	});
});
