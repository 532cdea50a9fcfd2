import { describe, expect, it } from 'vitest';
import { threatDefaults } from './defaults.js';
import { stepThreat } from './stepThreat.js';
import type { ThreatConditions, ThreatState } from './types.js';

const calm: ThreatConditions = {
	stockDays: Infinity,
	sensorsLost: 0,
	cutOff: false,
	belowLifeline: 0,
	regionsAtLeast: { yellow: 0, red: 0, survival: 0 },
	declared: 'normal'
};
const normal: ThreatState = { level: 'normal', since: 0, clearDays: 0 };

/** Steps a region through a list of days' conditions; returns the levels and the events. */
function walk(days: readonly Partial<ThreatConditions>[], start = normal) {
	let state = start;
	const levels: string[] = [];
	const events = [];
	for (const [day, c] of days.entries()) {
		const step = stepThreat(state, { ...calm, ...c }, threatDefaults.region, threatDefaults, day, 'steppe');
		state = step.state;
		levels.push(state.level);
		if (step.event) events.push(step.event);
	}
	return { levels, events };
}

describe('stepThreat (emergency protocols per region)', () => {
	it('stays normal while nothing fires', () => {
		expect(walk([{}, { stockDays: 400 }, {}]).levels).toEqual(['normal', 'normal', 'normal']);
	});

	it('enters yellow when a stock falls under a month, and names the trigger, value and threshold', () => {
		const { levels, events } = walk([{ stockDays: 40 }, { stockDays: 25 }]);
		expect(levels).toEqual(['normal', 'yellow']);
		expect(events).toEqual([
			{
				day: 1,
				scope: 'steppe',
				from: 'normal',
				to: 'yellow',
				causes: [{ trigger: 'stock-days', value: 25, threshold: 30 }]
			}
		]);
	});

	it('rises straight to the highest level that fires (40% of sensors lost → red, the cyber-war figure)', () => {
		const { levels, events } = walk([{ sensorsLost: 0.4 }]);
		expect(levels).toEqual(['red']);
		expect(events[0]!.causes).toEqual([{ trigger: 'sensors-lost', value: 0.4, threshold: 0.4 }]);
	});

	it('a region cut off (every arc in closed) goes yellow', () => {
		expect(walk([{ cutOff: true }]).events[0]!.causes).toEqual([
			{ trigger: 'cut-off', value: 1, threshold: 1 }
		]);
	});

	it('hysteresis: a level lifts only when the cause has cleared with margin for 3 days in a row', () => {
		const { levels, events } = walk([
			{ stockDays: 20 }, // yellow
			{ stockDays: 35 }, // above 30 but under 30 × 1.5: held
			{ stockDays: 50 },
			{ stockDays: 50 },
			{ stockDays: 40 }, // held again: the count restarts
			{ stockDays: 50 },
			{ stockDays: 50 },
			{ stockDays: 50 } // third clear day in a row: lifts
		]);
		expect(levels).toEqual(['yellow', 'yellow', 'yellow', 'yellow', 'yellow', 'yellow', 'yellow', 'normal']);
		expect(events.map((e) => [e.day, e.from, e.to])).toEqual([
			[0, 'normal', 'yellow'],
			[7, 'yellow', 'normal']
		]);
		expect(events[1]!.causes).toContainEqual({ trigger: 'stock-days', value: 50, threshold: 30 });
	});

	it('lifts a step at a time to the level still held: red falls to yellow while stock stays short', () => {
		const { levels } = walk([{ stockDays: 5 }, { stockDays: 20 }, { stockDays: 20 }, { stockDays: 20 }]);
		expect(levels).toEqual(['red', 'red', 'red', 'yellow']);
	});

	it('lifts when the cause does: sensors back, red ends after the lift delay', () => {
		const { levels } = walk([{ sensorsLost: 0.5 }, {}, {}, {}, {}]);
		expect(levels).toEqual(['red', 'red', 'red', 'normal', 'normal']);
	});

	it('a declared level holds while declared and lifts after it ends', () => {
		const { levels, events } = walk([{ declared: 'survival' }, { declared: 'survival' }, {}, {}, {}]);
		expect(levels).toEqual(['survival', 'survival', 'survival', 'survival', 'normal']);
		expect(events[0]!.causes).toEqual([{ trigger: 'declared', value: 3, threshold: 3 }]);
	});

	it('the same conditions give the same levels (pure)', () => {
		const days = [{ stockDays: 5 }, { sensorsLost: 0.3 }, {}, { belowLifeline: 0.5 }];
		expect(walk(days)).toEqual(walk(days));
	});
});
