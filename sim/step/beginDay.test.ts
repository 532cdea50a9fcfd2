import { describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { createRng } from '../rng/createRng.js';
import { createRun } from '../run/createRun.js';
import { runSimulationSync } from '../run/runSimulation.js';

const reference = await loadReference(defaultReferencePaths);

describe('behaviour and sanctions', () => {
	it('most comply; the few who over-consume are caught and lose half their access for 30 days', () => {
		const behaviour = {
			overConsumerShare: 0.001,
			overFactor: 2,
			detectProbability: 0.5,
			sanctionFactor: 0.5,
			sanctionDays: 30
		};
		const prepared = createRun({ reference, rng: createRng(8), options: { behaviour } });
		if (prepared.status !== 'ready') throw new Error('invalid');
		const { run } = prepared;
		const K = run.world.K;
		const rk = run.world.regionIndex.get('capital')! * K + run.world.resourceIndex.get('water')!;
		const persons =
			run.state.adults[run.world.regionIndex.get('capital')!]! +
			run.state.children[run.world.regionIndex.get('capital')!]!;
		const sanctioned: number[] = [];
		for (let d = 0; d < 60; d++) {
			run.beginDay();
			run.step();
			run.endDay();
			sanctioned.push(run.state.sanctioned[rk]!);
		}
		// Sanctions pile up for 30 days, then expire as fast as new ones start: share × detection × 30 days.
		// (Within 6%: the daily count of over-consumers varies by 10%, and the sanctioned cannot offend again.)
		const near = (x: number, expected: number) => expect(Math.abs(x / expected - 1)).toBeLessThan(0.06);
		near(sanctioned[29]! / persons, 0.001 * 0.5 * 30);
		near(sanctioned[59]! / persons, 0.001 * 0.5 * 30);
		near(sanctioned[9]! / persons, 0.001 * 0.5 * 10);
		expect(sanctioned[59]! / sanctioned[29]!).toBeLessThan(1.08);
		// Over-consumers ask for more than the norm; sanctioned people ask for half: the net request.
		const over = run.state.overConsumers[rk]! / persons;
		const cut = (sanctioned[58]! / persons) * 0.5;
		expect(run.state.request[rk]! / run.state.need[rk]!).toBeCloseTo(1 + over - cut, 3);
		// A sanction is an access cut, not a shortage: coverage is measured against the reduced need.
		expect(run.state.coverNeed[rk]! / run.state.need[rk]!).toBeCloseTo(1 - cut, 3);
	});

	it('20 h compensation work and escalation for repeated over-consumption', () => {
		const year = (behaviour: object) => {
			const result = runSimulationSync({
				reference,
				rng: createRng(8),
				options: { days: 365, behaviour, citizens: { perRegion: 0 }, recordDays: false }
			});
			if (result.status !== 'ok') throw new Error('invalid');
			return result.outcome.offences;
		};
		const escalated = year({});
		expect(escalated.caught).toBeGreaterThan(0);
		// After a year, people sanctioned before are caught again: repeats, but fewer than all catches.
		expect(escalated.repeats).toBeGreaterThan(0);
		expect(escalated.repeats).toBeLessThan(escalated.caught);
		expect(escalated.compensationHours).toBeCloseTo(20 * (escalated.caught + escalated.repeats), 3);
		const flat = year({ repeatEscalation: 1 });
		expect(flat.caught).toBeCloseTo(escalated.caught, 6);
		expect(flat.compensationHours).toBeCloseTo(20 * flat.caught, 3);
		expect(year({ overConsumerShare: 0 })).toEqual({ caught: 0, repeats: 0, compensationHours: 0 });
	});
});
