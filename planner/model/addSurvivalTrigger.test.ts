import loadHighs from 'highs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planRound } from '../planRound.js';
import { highsSolver } from '../solver/highsSolver.js';
import { jsLpSolver } from '../solver/jsLpSolver.js';
import { modelDefaults } from './modelDefaults.js';
import type { PlanningInput } from './types.js';

const solvers = { highs: highsSolver(loadHighs), jslp: jsLpSolver() };
const depot = JSON.parse(
	readFileSync(new URL('./cases/scarce-depot.json', import.meta.url), 'utf8')
) as PlanningInput;
const people = 100_000;
const need = people * 50;

/**
 * The depot's towns, water only, for four weeks: the depot's spring gives `spring` of the towns' daily
 * need and its tank holds `days` of it. The federation's survival trigger: stock under 14 days of the
 * deficit (need − spring).
 */
function world(spring: number, days: number): PlanningInput {
	return {
		...depot,
		periods: 4,
		resources: depot.resources.filter((r) => r.id === 'water'),
		regions: depot.regions.map((r) =>
			r.id === 'depot'
				? {
						...r,
						storage: [{ resource: 'water', capacity: 30 * need }],
						production: [
							{ resource: 'water', capacityPerDay: [1, 2, 3, 4].map(() => spring * need), inputs: [] }
						]
					}
				: r
		),
		arcs: depot.arcs,
		stocks: [{ region: 'depot', resource: 'water', amount: days * need }]
	};
}
const waterQuota = (s: { plan: { quotas: readonly { resource: string; perPersonPerDay: number }[] } }) =>
	s.plan.quotas.filter((q) => q.resource === 'water').map((q) => q.perPersonPerDay);

describe('the federation’s survival trigger in the plan (stock under 14 days of the deficit: every quota × 0.7)', () => {
	it('a spring at 80% of need and 5 days in the tank: the plan rations water at the lifeline instead of letting the trigger fire', async () => {
		// Served in full, the tank falls by 0.2 of a day's need a day and passes 14 × 0.2 = 2.8 days in week 2. Held at
		// 1.15 × 2.8 = 3.22 days after four weeks, the tank may give 1.78 days over 28: 0.8 + 0.064 = 86.4% of the need.
		const round = await planRound(world(0.8, 5), solvers, { policies: ['equity-first'] });
		const s = round.scenarios[0]!;
		for (const q of waterQuota(s)) expect(q / 50).toBeCloseTo(0.864, 2);
		expect(s.summary.en).not.toContain('Survival mode');
		expect(s.metrics.meanCoverage).toBeCloseTo(0.864, 2);
	});

	it('the same world without the trigger in the rule: water in full, as before', async () => {
		const survival = { ...modelDefaults.survival!, federationStockDaysBelow: null };
		const round = await planRound(world(0.8, 5), solvers, {
			policies: ['equity-first'],
			settings: { survival }
		});
		// (The end-of-horizon reserve target keeps a little back: 48.9 L.)
		for (const q of waterQuota(round.scenarios[0]!)) expect(q / 50).toBeGreaterThan(0.95);
	});

	it('a spring at 20%: no rationing down to the protocol’s 70% keeps the tank, so the plan holds nothing back', async () => {
		const round = await planRound(world(0.2, 5), solvers, { policies: ['equity-first'] });
		// All the tank and the spring give over four weeks: (5 + 0.2 × 28) / 28 = 37.9% of the need.
		expect(round.scenarios[0]!.metrics.meanCoverage).toBeCloseTo((5 + 0.2 * 28) / 28, 3);
	});
});
