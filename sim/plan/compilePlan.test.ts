import { describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import type { Plan } from '../../data/plan/types.js';
import { describeIssues } from '../../data/schema/index.js';
import { createRng } from '../rng/createRng.js';
import { runSimulationSync } from '../run/runSimulation.js';
import { compileWorld } from '../world/compileWorld.js';
import { compilePlan } from './compilePlan.js';

const reference = await loadReference(defaultReferencePaths);
const world = compileWorld(reference.world, reference.catalogue);
/** The plan alone: no breakdowns, no cheating, no automatic shipments on top. */
const quiet = {
	disruptions: { perDayProbability: 0 },
	yieldSd: 0,
	behaviour: { overConsumerShare: 0 },
	redistribution: { enabled: false }
};
const empty: Plan = {
	start: '2026-01-01',
	periodDays: 7,
	periods: 2,
	quotas: [],
	allocations: [],
	transfers: [],
	production: []
};

function run(plan: Plan | null, days = 14) {
	const result = runSimulationSync({ reference, rng: createRng(9), plan, options: { ...quiet, days } });
	if (result.status !== 'ok') throw new Error(describeIssues(result.issues));
	return result.outcome;
}

describe('executing a plan', () => {
	it('names every reference the world lacks', () => {
		const bad: Plan = {
			...empty,
			quotas: [{ region: 'atlantis', resource: 'water', perPersonPerDay: 40 }],
			transfers: [{ arc: 'capital->river-valley:grid', resource: 'wheat', period: 0, amount: 1 }],
			allocations: [{ region: 'capital', resource: 'water', period: 5, amount: 1 }]
		};
		const compiled = compilePlan(bad, world);
		expect(compiled.ok).toBe(false);
		if (compiled.ok) return;
		expect(describeIssues(compiled.issues)).toBe(
			[
				'quotas.0.region: should be a region of the world, got "atlantis"',
				'allocations.0.period: should be < periods (2), got 5',
				'transfers.0.resource: should be a resource arc capital->river-valley:grid carries, got "wheat"'
			].join('\n')
		);
	});

	it('moves goods on an arc with its lead time and loss, within its capacity', () => {
		const arc = reference.world.arcs.find((a) => a.id === 'river-valley->sun-coast:road')!;
		const plan: Plan = {
			...empty,
			transfers: [{ arc: arc.id, resource: 'wheat', period: 0, amount: 7 * 10_000_000 }]
		};
		const outcome = run(plan, 7);
		const shipped = 7 * arc.carries.wheat!.capacityPerDay;
		expect(outcome.balance.wheat!.transportLoss).toBeCloseTo(shipped * arc.lossRate, 3);
		// Lead time 3 days: the last three days' shipments are still on the road.
		expect(outcome.balance.wheat!.inTransit).toBeCloseTo(
			3 * arc.carries.wheat!.capacityPerDay * (1 - arc.lossRate),
			3
		);
		expect(outcome.metrics.transportTonneKm).toBeGreaterThan(0);
		expect(outcome.metrics.energyKWh).toBeGreaterThan(0);
	});

	it('caps delivery at the allocation; coverage falls and shortfall is recorded', () => {
		const need = (15_000 * 3000 + 3000 * 500) * 7;
		const plan: Plan = {
			...empty,
			allocations: [{ region: 'tundra', resource: 'food', period: 0, amount: need / 2 }]
		};
		const outcome = run(plan, 7);
		expect(outcome.coverage.tundra!.food).toBeCloseTo(0.5, 6);
		expect(outcome.daily[0]!.coverage.tundra!.food).toBeCloseTo(0.5, 6);
		expect(outcome.metrics.shortfallPersonDays).toBeGreaterThanOrEqual(15_000 * 7 * 0.5 - 1e-6);
	});

	it('draws by the quota, not the norm, when the plan sets one', () => {
		const plan: Plan = { ...empty, quotas: [{ region: 'capital', resource: 'water', perPersonPerDay: 40 }] };
		const outcome = run(plan, 7);
		expect(outcome.coverage.capital!.water).toBeCloseTo(40 / 50, 6);
	});

	it('produces to the plan’s target within capacity', () => {
		const plan: Plan = {
			...empty,
			production: [{ region: 'iron-hills', resource: 'clothing', period: 0, amount: 7 * 1000 }]
		};
		const outcome = run(plan, 7);
		const free = run(null, 7);
		const capacity = reference.world.regions
			.find((r) => r.id === 'iron-hills')!
			.production.find((p) => p.resource === 'clothing')!.capacityPerDay;
		expect(outcome.balance.clothing!.produced).toBeCloseTo(
			free.balance.clothing!.produced - 7 * capacity + 7000,
			6
		);
	});
});
