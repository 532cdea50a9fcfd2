import { describe, expect, it } from 'vitest';
import type { Plan, ProposedScenario } from '../../data/plan/types.js';
import type { PlanningArc, PlanningInput } from '../../planner/model/types.js';
import { heldByCouncils, withoutManualArcs } from './manualDistribution.js';

const arc = (id: string, from: string, to: string) => ({ id, from, to }) as PlanningArc;
// Only the arcs matter here; the rest of the input is carried through untouched.
const input = {
	arcs: [arc('a-b', 'a', 'b'), arc('b-c', 'b', 'c'), arc('a-c', 'a', 'c'), arc('c-a', 'c', 'a')]
} as unknown as PlanningInput;
const quota = (region: string, perPersonPerDay: number) => ({ region, resource: 'water', perPersonPerDay });
const plan = (quotas: Plan['quotas']) => ({ start: '2026-12-01', quotas, transfers: [] }) as unknown as Plan;
const scenario = {
	id: 's1',
	plan: plan([quota('a', 30), quota('b', 31), quota('c', 32)]),
	explanations: [{ en: 'why', ru: 'почему' }]
} as unknown as ProposedScenario;

describe('manual distribution in the regions at red or survival', () => {
	it('the planner gets no arc into or out of them; the other regions keep theirs', () => {
		expect(withoutManualArcs(input, ['b']).arcs.map((a) => a.id)).toEqual(['a-c', 'c-a']);
		expect(withoutManualArcs(input, [])).toBe(input);
	});

	it('their quotas are the plan in force’s, the others the planner’s, and the panel is told', () => {
		const held = heldByCouncils(scenario, ['b'], plan([quota('a', 20), quota('b', 21)]));
		expect(held.plan.quotas).toEqual([quota('a', 30), quota('c', 32), quota('b', 21)]);
		expect(held.explanations).toHaveLength(2);
		expect(held.explanations![0]!.en).toMatch(
			/^Manual distribution in b .*keeps the quotas of the plan in force.*governance points are suspended/
		);
		expect(held.explanations![0]!.ru).toMatch(/^Ручное распределение в регионах b/);
	});

	it('without a plan in force they have no quota from the plan (the world’s norm); none red: unchanged', () => {
		const held = heldByCouncils(scenario, ['b'], null);
		expect(held.plan.quotas).toEqual([quota('a', 30), quota('c', 32)]);
		expect(held.explanations![0]!.en).toContain('the norm, rationed lifeline-first');
		expect(heldByCouncils(scenario, [], null)).toBe(scenario);
	});
});
