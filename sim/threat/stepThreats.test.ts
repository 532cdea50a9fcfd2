import { describe, expect, it } from 'vitest';
import { threatDefaults } from './defaults.js';
import { effectiveLevel, initialThreat, stepThreats, type ThreatObservation } from './stepThreats.js';
import { switchesOf } from './switchesOf.js';

const calm = {
	stockDays: Infinity,
	sensorsLost: 0,
	cutOff: false,
	belowLifeline: 0,
	declared: 'normal' as const
};
const ids = ['small', 'large'];

function observe(small: Partial<typeof calm>, large: Partial<typeof calm> = {}): ThreatObservation {
	return {
		regions: [
			{ ...calm, ...small },
			{ ...calm, ...large }
		],
		federation: calm,
		persons: [10_000, 90_000]
	};
}

describe('stepThreats (regions and the federation)', () => {
	it('one region short does not put the federation in survival (the old global-minimum trigger did)', () => {
		const { threat, events } = stepThreats(
			initialThreat(2),
			observe({ belowLifeline: 1 }),
			threatDefaults,
			0,
			ids
		);
		expect(threat.regions.map((s) => s.level)).toEqual(['survival', 'normal']);
		// The federation is yellow: "a disaster in one region".
		expect(threat.federation.level).toBe('yellow');
		expect(events.map((e) => `${e.scope}:${e.to}`)).toEqual(['small:survival', 'federation:yellow']);
		expect(events[1]!.causes).toEqual([{ trigger: 'regions', value: 0.1, threshold: 0 }]);
	});

	it('the federation goes red when half its people live in regions at red (a global failure)', () => {
		const { threat } = stepThreats(
			initialThreat(2),
			observe({}, { sensorsLost: 0.45 }),
			threatDefaults,
			0,
			ids
		);
		expect(threat.federation.level).toBe('red');
		expect(effectiveLevel(threat.regions[0]!.level, threat.federation.level)).toBe('red');
	});

	it('a declared survival mode reaches every region through the federation', () => {
		const observed = { ...observe({}), federation: { ...calm, declared: 'survival' as const } };
		const { threat } = stepThreats(initialThreat(2), observed, threatDefaults, 0, ids);
		expect(threat.federation.level).toBe('survival');
		expect(effectiveLevel('normal', threat.federation.level)).toBe('survival');
	});
});

describe('switchesOf (the documents\u2019 protocols)', () => {
	it('normal: nothing switched', () => {
		expect(switchesOf('normal', threatDefaults)).toEqual({
			localReserves: false,
			manualDistribution: false,
			pointsSuspended: false,
			barterKWhPerKgGrain: null,
			quotaFactor: 1,
			rareGoodsClosed: false
		});
	});
	it('yellow threat: switch to local reserves', () => {
		expect(switchesOf('yellow', threatDefaults)).toMatchObject({
			localReserves: true,
			manualDistribution: false
		});
	});
	it('red threat: manual distribution by councils, barter 1 kg grain = 1 kWh, points suspended', () => {
		expect(switchesOf('red', threatDefaults)).toMatchObject({
			localReserves: true,
			manualDistribution: true,
			pointsSuspended: true,
			barterKWhPerKgGrain: 1,
			quotaFactor: 1
		});
	});
	it('survival mode: basic quotas × 0.7, no rare goods', () => {
		expect(switchesOf('survival', threatDefaults)).toMatchObject({ quotaFactor: 0.7, rareGoodsClosed: true });
	});
});
