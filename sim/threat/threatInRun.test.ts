import { describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { createRng } from '../rng/createRng.js';
import { createRun } from '../run/createRun.js';
import { runSimulationSync } from '../run/runSimulation.js';
import type { Shock } from '../shocks/types.js';
import { threatEventsOf } from './threatEventsOf.js';
import type { ThreatEvent } from './types.js';

const reference = await loadReference(defaultReferencePaths);
const fast = { citizens: { perRegion: 0 } };

/** Runs day by day and collects what endDay reports, as the closed loop does for its audit log. */
function eventsOf(shocks: Shock[], days: number): ThreatEvent[] {
	return threatEventsOf({ reference, rng: createRng(4), shocks, options: { ...fast, days } });
}

describe('emergency protocols in a run of the demo federation', () => {
	it('a normal year never reaches survival or a federation red, and the old day-1 survival trigger is gone', () => {
		const result = runSimulationSync({ reference, rng: createRng(1), options: fast });
		if (result.status !== 'ok') throw new Error('invalid');
		const { outcome } = result;
		expect(outcome.survivalDays).toBe(0);
		expect(outcome.threat.days.federation!.red).toBe(0);
		for (const [scope, days] of Object.entries(outcome.threat.days)) expect(days.survival, scope).toBe(0);
		// Every switch carries its causes.
		for (const e of outcome.threat.events) expect(e.causes.length, JSON.stringify(e)).toBeGreaterThan(0);
	});

	it('a region cut off goes yellow with that cause, and lifts after the roads reopen', () => {
		const arcs = reference.world.arcs.filter((a) => a.to === 'tundra').map((a) => a.id);
		const shocks: Shock[] = arcs.map((arc) => ({ kind: 'arc-closure', start: 10, days: 20, arc }));
		const tundra = eventsOf(shocks, 40).filter((e) => e.scope === 'tundra');
		expect(tundra[0]).toMatchObject({ day: 10, from: 'normal', to: 'yellow' });
		expect(tundra[0]!.causes).toContainEqual({ trigger: 'cut-off', value: 1, threshold: 1 });
		const lifted = tundra.find((e) => e.to === 'normal')!;
		// The arcs reopen on day 30; three clear days later the level lifts.
		expect(lifted.day).toBe(32);
		expect(lifted.causes).toContainEqual({ trigger: 'cut-off', value: 0, threshold: 1 });
	});

	it('half of a region’s sensors lost: red (manual control), lifted when they are back', () => {
		const shocks: Shock[] = [{ kind: 'sensor-outage', start: 5, days: 3, fraction: 0.5, region: 'capital' }];
		const capital = eventsOf(shocks, 20).filter((e) => e.scope === 'capital');
		expect(capital.map((e) => [e.day, e.to])).toEqual([
			[5, 'red'],
			[10, 'normal']
		]);
		expect(capital[0]!.causes[0]!.trigger).toBe('sensors-lost');
		expect(capital[0]!.causes[0]!.value).toBeGreaterThanOrEqual(0.4);
	});

	it('a declared survival mode takes effect the day it starts (quotas × 0.7) and lifts after it ends', () => {
		const prepared = createRun({
			reference,
			rng: createRng(4),
			shocks: [{ kind: 'survival-mode', start: 2, days: 5 }],
			options: { ...fast, behaviour: { overConsumerShare: 0 } }
		});
		if (prepared.status !== 'ready') throw new Error('invalid');
		const { run } = prepared;
		const water = run.world.resourceIndex.get('water')!;
		const ratios: number[] = [];
		const events: ThreatEvent[] = [];
		for (let d = 0; d < 12; d++) {
			run.beginDay();
			ratios.push(Math.round((run.state.request[water]! / run.state.need[water]!) * 100) / 100);
			for (let s = 0; s < run.stepsPerDay; s++) run.step();
			events.push(...run.endDay().filter((e) => e.scope === 'federation'));
		}
		expect(ratios).toEqual([1, 1, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 1, 1]);
		expect(events.map((e) => [e.day, e.to, e.causes[0]?.trigger])).toEqual([
			[2, 'survival', 'declared'],
			[9, 'normal', 'stock-days']
		]);
	});
});
