import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAllocationModel } from './buildAllocationModel.js';
import { survivalNote } from '../scenario/survivalNote.js';
import { predictSurvival } from './predictSurvival.js';
import { withSurvival } from './withSurvival.js';
import { survivalRule } from './survivalRule.js';
import type { PlanningInput } from './types.js';

const depot = JSON.parse(
	readFileSync(new URL('./cases/scarce-depot.json', import.meta.url), 'utf8')
) as PlanningInput;
const m = buildAllocationModel(depot, 'equity-first');
const rule = survivalRule();

/** A solution that serves each region's water at the given share of its need, and everything else in full. */
function serving(water: Record<string, number>): Float64Array {
	const x = new Float64Array(m.model.variables.length);
	for (const c of m.cells) x[c.delivered] = (c.resource === 'water' ? (water[c.region] ?? 1) : 1) * c.need;
	return x;
}

describe('the survival mode the world will declare under a plan (the simulation’s rule: 30% below a 50% lifeline)', () => {
	it('reads the rule from the simulation’s own defaults', () => {
		expect(rule).toMatchObject({ quotaFactor: 0.7, lifeline: 0.5, regionBelowLifelineAtLeast: 0.3 });
	});

	it('water at 40%: lifeline-first reaches 80% of the people with the lifeline, so no region enters', () => {
		expect(predictSurvival(m, serving({ city: 0.4, hamlet: 0.4 }), rule)).toEqual([]);
	});

	it('water at 40% shared equally: everyone is below the lifeline, both regions enter', () => {
		const causes = predictSurvival(m, serving({ city: 0.4, hamlet: 0.4 }), {
			...rule,
			rationing: 'proportional'
		});
		expect(causes.map((c) => c.region).sort()).toEqual(['city', 'hamlet']);
	});

	it('the City at 30% (40% of its people below): it enters, and carries the Hamlet with it (90% of all people)', () => {
		const causes = predictSurvival(m, serving({ city: 0.3 }), rule);
		expect(causes).toEqual([
			{ region: 'city', period: 0, resource: 'water', coverage: expect.closeTo(0.3, 9) },
			{ region: 'hamlet', period: 0, resource: null, coverage: NaN }
		]);
	});

	it('the Hamlet at 30% (10% of all people): it enters alone', () => {
		const causes = predictSurvival(m, serving({ hamlet: 0.3 }), rule);
		expect(causes.map((c) => c.region)).toEqual(['hamlet']);
	});

	it('a region already in survival mode when the plan starts (the loop’s threat level): its first period is cut whatever the plan serves', () => {
		const inForce = { ...rule, inForce: ['hamlet'] };
		const causes = predictSurvival(m, serving({}), inForce);
		expect(causes).toEqual([{ region: 'hamlet', period: 0, resource: null, coverage: NaN, share: 1 }]);
		// As the loop plans it: the rule in the model's settings names the regions in force.
		const planned = buildAllocationModel(depot, 'equity-first', { survival: inForce });
		const note = survivalNote(withSurvival(planned, causes));
		expect(note?.en).toMatch(
			/^Survival mode is in force in 1 of 3 regions \(10,000 people\) in 1 of 1 periods when the plan starts: the world cuts every daily quota to 70% and closes rare goods/
		);
		expect(note?.ru).toMatch(/^Действует режим выживания: .* редкие блага закрыты/);
	});

	it('a mode in force whose conditions have cleared lasts only the days left before it lifts', () => {
		const days = depot.periodDays;
		const lifting = { ...rule, inForce: ['hamlet'], inForceDays: { hamlet: 2 } };
		expect(predictSurvival(m, serving({}), lifting)).toEqual([
			{ region: 'hamlet', period: 0, resource: null, coverage: NaN, share: 2 / days }
		]);
		// The cut over the period is the mean of its days: 70% for two of them, the full quota after.
		const cut = withSurvival(m, predictSurvival(m, serving({}), lifting));
		const water = m.cells.find((c) => c.region === 'hamlet' && c.resource === 'water' && c.period === 0)!;
		expect(cut.model.variables[water.shortfall]!.lower).toBeCloseTo(((0.3 * 2) / days) * water.need, 9);
		// Lifted already (no day left), no cut; a need of the plan below the lifeline still sets one off.
		expect(predictSurvival(m, serving({}), { ...lifting, inForceDays: { hamlet: 0 } })).toEqual([]);
		const short = predictSurvival(m, serving({ hamlet: 0.3 }), lifting);
		expect(short).toEqual([
			{ region: 'hamlet', period: 0, resource: 'water', coverage: expect.closeTo(0.3, 9) }
		]);
	});
});
