import loadHighs from 'highs';
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { buildPlanningInput } from '../inputs/buildPlanningInput.js';
import { referenceStocks } from '../inputs/referenceStocks.js';
import { buildAllocationModel } from '../model/buildAllocationModel.js';
import type { PlanningInput } from '../model/types.js';
import { extractPlan } from '../scenario/extractPlan.js';
import { planMetrics } from '../scenario/planMetrics.js';
import { highsSolver } from '../solver/highsSolver.js';
import { NutritionTableSchema } from './schema.js';
import type { NutritionTable } from './types.js';
import { withNutrition } from './withNutrition.js';

const highs = highsSolver(loadHighs);
const table: NutritionTable = v.parse(
	NutritionTableSchema,
	JSON.parse(readFileSync(new URL('./cases/catalogue-nutrition.json', import.meta.url), 'utf8'))
);
const byNutrient = (input: PlanningInput) => {
	const r = withNutrition(input, table);
	if (r.status !== 'ok') throw new Error(r.reason);
	return r.input;
};

async function solved(input: PlanningInput) {
	const m = buildAllocationModel(input, 'equity-first', { survival: null });
	const outcome = await highs.solve(m.model);
	if (outcome.status !== 'optimal') throw new Error(outcome.status);
	const plan = extractPlan(m, outcome.x);
	return { m, plan, figures: planMetrics(plan, input) };
}

/** kcal planned per person-day in a plan: food, and wheat and quinoa by their energy. */
const kcalPerPersonDay = (plan: Awaited<ReturnType<typeof solved>>['plan'], input: PlanningInput) => {
	const kcal: Record<string, number> = { food: 1, wheat: 3400, quinoa: 3680 };
	const served = plan.allocations.reduce((s, a) => s + a.amount * (kcal[a.resource] ?? 0), 0);
	const people = input.regions.reduce((s, r) => s + r.population, 0);
	return served / (people * input.periods * input.periodDays);
};

describe('food counted by nutrient in the allocation model (`withNutrition`)', async () => {
	const reference = await loadReference(defaultReferencePaths);
	const demo = buildPlanningInput(reference, await referenceStocks(reference.world));

	it('the demo world: wheat is inside the 3000 kcal, not a second need on top of them', async () => {
		const catalogue = await solved(demo);
		const nutrients = await solved(byNutrient(demo));
		expect(nutrients.m.cells.some((c) => c.resource === 'wheat')).toBe(false);
		expect(
			nutrients.figures.coverage.filter((c) => c.resource === 'food').every((c) => c.coverage > 0.999)
		).toBe(true);
		// By the catalogue people are served 3000 kcal (3500 for physical work) plus 0.5 kg of wheat
		// (1700 kcal); by nutrient the same 3000-3500 kcal in all.
		const workers = demo.regions.reduce((s, r) => s + r.physicalWorkers, 0);
		const people = demo.regions.reduce((s, r) => s + r.population, 0);
		const norm = 3000 + (500 * workers) / people;
		expect(kcalPerPersonDay(catalogue.plan, demo)).toBeGreaterThan(norm + 1600);
		expect(kcalPerPersonDay(nutrients.plan, demo)).toBeCloseTo(norm, 0);
	}, 60_000);

	it('quinoa stands in for wheat by the energy it supplies: a town with only quinoa is fed in full', async () => {
		const town = demo.regions[0]!;
		const input: PlanningInput = {
			...demo,
			periods: 1,
			regions: [{ ...town, population: 1000, children: 0, physicalWorkers: 0, production: [], storage: [] }],
			arcs: [],
			stocks: [{ region: town.id, resource: 'quinoa', amount: 10_000 }],
			forecasts: []
		};
		const catalogue = await solved(input);
		const nutrients = await solved(byNutrient(input));
		const food = (f: typeof catalogue.figures) => f.coverage.find((c) => c.resource === 'food')!.coverage;
		// Kilogram for kilogram, quinoa may only make up 20% of wheat received: with no wheat, nothing.
		expect(food(catalogue.figures)).toBe(0);
		expect(food(nutrients.figures)).toBeCloseTo(1, 6);
		// 1000 people × 3000 kcal × 7 days ÷ 3680 kcal per kg.
		const quinoa = nutrients.plan.allocations.find((a) => a.resource === 'quinoa')!.amount;
		expect(quinoa).toBeCloseTo((1000 * 3000 * 7) / 3680, 3);
	}, 60_000);

	it('refuses a table with no food in the catalogue’s units of energy, saying which', () => {
		const r = withNutrition(demo, {
			...table,
			nutrients: [{ id: 'energy', unit: 'kJ', perPersonPerDay: 12_500 }]
		});
		expect(r).toEqual({
			status: 'unusable',
			reason: 'no food of the table is a daily need in kJ (the nutrient energy)'
		});
	});
});
