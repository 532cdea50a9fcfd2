import { describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { createRng } from '../rng/createRng.js';
import { createRun } from '../run/createRun.js';

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
});
