import { describe, expect, it } from 'vitest';
import type { CoverageEntry, ProposedScenario } from '../../data/plan/types.js';
import type { Truth } from './recordTruth.js';
import { scorePlans } from './scorePlans.js';

// Two regions × two basic goods with a norm (water, energy) and one without (housing is a stock norm here: 0).
const world = {
	R: 2,
	K: 3,
	tier: ['basic', 'basic', 'basic'] as const,
	norm: Float64Array.from([1, 1, 0]),
	regions: ['north', 'south'],
	resources: ['water', 'energy', 'housing'],
	adults: Float64Array.from([30, 10]),
	children: Float64Array.from([0, 0])
};

const entry = (region: string, resource: string, periods: number[]): CoverageEntry => ({
	region,
	resource,
	tier: 'basic',
	coverage: periods.reduce((a, b) => a + b, 0) / periods.length,
	worstPeriod: 0,
	periods
});

const scenario = (coverage: CoverageEntry[]) =>
	({
		id: 's',
		plan: { periods: 2, periodDays: 2 },
		metrics: { meanCoverage: 0 },
		coverage
	}) as unknown as ProposedScenario;

/** Four days; per day the cells' need 10 and what was delivered, in rk order (north water, energy, housing, south ...). */
function truthOf(got: number[][]): Truth {
	const need = got.map(() => Float64Array.from([10, 10, 0, 10, 10, 0]));
	return { need, got: got.map((g) => Float64Array.from(g)), shortfall: need.map(() => new Float64Array(6)) };
}

describe('scorePlans', () => {
	it("splits a region's gap by good, over the days the plan ran", () => {
		// North: energy promised 0 and delivered on the last two days (the sun's return); water as promised.
		const truth = truthOf([
			[10, 0, 0, 10, 10, 0],
			[10, 0, 0, 10, 10, 0],
			[10, 10, 0, 10, 10, 0],
			[10, 10, 0, 10, 10, 0]
		]);
		const coverage = [
			entry('north', 'water', [1, 1]),
			entry('north', 'energy', [0, 0]),
			entry('south', 'water', [1, 1]),
			entry('south', 'energy', [1, 1])
		];
		const [plan] = scorePlans(world, truth, [{ day: 0, scenario: scenario(coverage) }]);
		const north = plan!.regions.find((r) => r.region === 'north')!;
		expect(north.goods).toEqual([
			{ resource: 'water', predicted: 1, executed: 1 },
			{ resource: 'energy', predicted: 0, executed: 0.5 }
		]);
		expect(north.predicted).toBe(0.5);
		expect(north.executed).toBe(0.75);
		// Population-weighted: north holds 30 of 40 people.
		expect(plan!.predicted).toBeCloseTo(0.625, 12);
		expect(plan!.executed).toBeCloseTo(0.8125, 12);
	});

	it('holds a plan replaced early to the periods it ran', () => {
		const truth = truthOf([
			[10, 5, 0, 10, 10, 0],
			[10, 5, 0, 10, 10, 0],
			[10, 10, 0, 10, 10, 0],
			[10, 10, 0, 10, 10, 0]
		]);
		const coverage = [entry('north', 'water', [1, 1]), entry('north', 'energy', [0.5, 1])];
		const adoptions = [
			{ day: 0, scenario: scenario(coverage) },
			{ day: 2, scenario: scenario(coverage) }
		];
		const [first] = scorePlans(world, truth, adoptions);
		const energy = first!.regions[0]!.goods.find((g) => g.resource === 'energy')!;
		expect(first!.end).toBe(2);
		expect(energy).toEqual({ resource: 'energy', predicted: 0.5, executed: 0.5 });
	});
});
