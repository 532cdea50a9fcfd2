import loadHighs from 'highs';
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { executeScenario } from '../../bench/plannerExecution.js';
import { buildPlanningInput } from '../../planner/inputs/buildPlanningInput.js';
import { referenceStocks } from '../../planner/inputs/referenceStocks.js';
import { buildAllocationModel } from '../../planner/model/buildAllocationModel.js';
import { NutritionTableSchema } from '../../planner/nutrition/schema.js';
import { planRound } from '../../planner/planRound.js';
import { scaleSupply } from '../../planner/inputs/scaleSupply.js';
import { extractPlan } from '../../planner/scenario/extractPlan.js';
import { planMetrics } from '../../planner/scenario/planMetrics.js';
import type { PlanningInput } from '../../planner/model/types.js';
import { highsSolver } from '../../planner/solver/highsSolver.js';
import { jsLpSolver } from '../../planner/solver/jsLpSolver.js';
import { createRng } from '../../sim/rng/createRng.js';
import { runSimulationSync } from '../../sim/run/runSimulation.js';
import { declaredOnly } from '../../sim/threat/defaults.js';
import type { Plan } from '../plan/types.js';
import { byNutrient } from './byNutrient.js';
import { defaultReferencePaths } from './defaultReferencePaths.js';
import { loadReference } from './loadReference.js';
import type { ReferenceData } from './types.js';

const highs = highsSolver(loadHighs);
const table = v.parse(
	NutritionTableSchema,
	JSON.parse(readFileSync(new URL('./nutrition.json', import.meta.url), 'utf8'))
);
const nutrients = (reference: ReferenceData): ReferenceData => {
	const r = byNutrient(reference.catalogue, table);
	if (r.status !== 'ok') throw new Error(r.reason);
	return { ...reference, catalogue: r.catalogue };
};

async function solved(reference: ReferenceData) {
	const input = buildPlanningInput(reference, await referenceStocks(reference.world));
	const m = buildAllocationModel(input, 'equity-first', { survival: null });
	const outcome = await highs.solve(m.model);
	if (outcome.status !== 'optimal') throw new Error(outcome.status);
	const plan = extractPlan(m, outcome.x);
	return { m, input, plan, figures: planMetrics(plan, input) };
}

/** kcal planned per person-day: food, and wheat and quinoa by the energy they supply. */
function kcalPerPersonDay(plan: Plan, reference: ReferenceData): number {
	const kcal: Record<string, number> = { food: 1, wheat: 3400, quinoa: 3680 };
	const served = plan.allocations.reduce((s, a) => s + a.amount * (kcal[a.resource] ?? 0), 0);
	const people = reference.world.regions.reduce((s, r) => s + r.population.adults + r.population.children, 0);
	return served / (people * plan.periods * plan.periodDays);
}

describe('food counted by nutrient, one definition for the plan and the world (`byNutrient`)', async () => {
	const demo = await loadReference(defaultReferencePaths);

	it('the catalogue: wheat and quinoa stand in for food’s kcal by their energy and are no need of their own; protein is a second need', () => {
		const food = nutrients(demo).catalogue.resources.find((r) => r.id === 'food')!;
		expect(food.substitutes).toEqual([
			{ by: 'wheat', maxShare: 1, perUnit: 3400, nutrients: { protein: 132 } },
			{ by: 'quinoa', maxShare: 1, perUnit: 3680, nutrients: { protein: 141 } }
		]);
		expect(food.nutrients).toEqual([{ id: 'protein', unit: 'g', perPersonPerDay: 60, perUnit: 0.03 }]);
		expect(nutrients(demo).catalogue.resources.find((r) => r.id === 'wheat')!.norm).toBeUndefined();
	});

	it('the plan on the demo world: wheat is inside the 3000 kcal, not a second need on top of them', async () => {
		const catalogue = await solved(demo);
		const byFood = await solved(nutrients(demo));
		expect(byFood.m.cells.some((c) => c.resource === 'wheat')).toBe(false);
		const food = byFood.figures.coverage.filter((c) => c.resource === 'food');
		expect(food.every((c) => c.coverage > 0.999)).toBe(true);
		// By the catalogue 3000 kcal (3500 for physical work) and 0.5 kg of wheat (1700 kcal) on top;
		// by nutrient 3000-3500 kcal in all.
		const people = byFood.input.regions.reduce((s, r) => s + r.population, 0);
		const workers = byFood.input.regions.reduce((s, r) => s + r.physicalWorkers, 0);
		const norm = 3000 + (500 * workers) / people;
		expect(kcalPerPersonDay(catalogue.plan, demo)).toBeGreaterThan(norm + 1600);
		expect(kcalPerPersonDay(byFood.plan, demo)).toBeCloseTo(norm, 0);
	}, 60_000);

	it('quinoa stands in for wheat by the energy it supplies: a town with only quinoa is fed in full', async () => {
		const fed = async (reference: ReferenceData) => {
			const all = buildPlanningInput(reference, await referenceStocks(reference.world));
			const town = all.regions[0]!;
			const input: PlanningInput = {
				...all,
				periods: 1,
				regions: [
					{ ...town, population: 1000, children: 0, physicalWorkers: 0, production: [], storage: [] }
				],
				arcs: [],
				stocks: [{ region: town.id, resource: 'quinoa', amount: 10_000 }],
				forecasts: []
			};
			const m = buildAllocationModel(input, 'equity-first', { survival: null });
			const outcome = await highs.solve(m.model);
			if (outcome.status !== 'optimal') throw new Error(outcome.status);
			const plan = extractPlan(m, outcome.x);
			const food = planMetrics(plan, input).coverage.find((c) => c.resource === 'food')!.coverage;
			return { food, quinoa: plan.allocations.find((a) => a.resource === 'quinoa')?.amount ?? 0 };
		};
		// Kilogram for kilogram, quinoa may only make up 20% of the wheat received: with no wheat, nothing.
		expect((await fed(demo)).food).toBe(0);
		const byFood = await fed(nutrients(demo));
		expect(byFood.food).toBeCloseTo(1, 6);
		// 1000 people × 3000 kcal × 7 days ÷ 3680 kcal per kg.
		expect(byFood.quinoa).toBeCloseTo((1000 * 3000 * 7) / 3680, 3);
	}, 60_000);

	it('refuses a table with no food in the catalogue’s unit of energy, saying which', () => {
		const r = byNutrient(demo.catalogue, {
			...table,
			nutrients: [{ id: 'energy', unit: 'kJ', perPersonPerDay: 12_500 }]
		});
		expect(r).toEqual({
			status: 'unusable',
			reason: 'no food of the table is a daily need in kJ (the nutrient energy)'
		});
		const extras = byNutrient(demo.catalogue, {
			...table,
			nutrients: [table.nutrients[0]!, { id: 'protein', unit: 'g', perPersonPerDay: 60, perChildExtra: 10 }]
		});
		expect(extras).toEqual({
			status: 'unusable',
			reason: 'protein has extras for physical labour or children; only the energy need may have them'
		});
	});

	it('the world eats by the same definition: each scenario’s food, in the demo world and the famine (× 0.3), is executed within a point', async () => {
		for (const reference of [nutrients(demo), nutrients(scaleSupply(demo, 0.3))]) {
			const input = buildPlanningInput(reference, await referenceStocks(reference.world));
			const round = await planRound(input, { highs, jslp: jsLpSolver() });
			expect(round.scenarios.length).toBeGreaterThanOrEqual(3);
			for (const s of round.scenarios) {
				const e = executeScenario(reference, s);
				for (const c of s.coverage!.filter((c) => c.resource === 'food'))
					expect(
						Math.abs(e.coverage[c.region]!.food! - c.coverage),
						`${s.policy} ${c.region}`
					).toBeLessThanOrEqual(0.01);
				expect(e.coverage[input.regions[0]!.id]!.wheat).toBeUndefined();
			}
		}
	}, 300_000);

	it('protein is a second need: a town living on a protein-poor quinoa gets all its kcal but 27% of its protein, and the plan and the world both say food is 27% covered', async () => {
		// 1000 adults for a week with 10 t of quinoa and nothing else: 5,706.5 kg give the 21 M kcal they
		// need (3000 × 7 × 1000 ÷ 3680). At the table's 141 g of protein a kg that is 804,620 g of the
		// 420,000 needed (60 g × 7 × 1000); at 20 g a kg (a protein-poor food) 114,130 g, 27.17%.
		const town = demo.world.regions[0]!;
		const world = {
			...demo.world,
			regions: [
				{
					...town,
					population: { adults: 1000, children: 0, physicalWorkers: 0 },
					production: [],
					storage: [{ resource: 'quinoa', capacity: 20_000, initial: 10_000 }]
				}
			],
			arcs: []
		};
		const withQuinoaProtein = (protein: number) => {
			const foods = table.foods.map((f) =>
				f.resource === 'quinoa' ? { ...f, perUnit: { ...f.perUnit, protein } } : f
			);
			const r = byNutrient(demo.catalogue, { ...table, foods });
			if (r.status !== 'ok') throw new Error(r.reason);
			return { ...demo, catalogue: r.catalogue, world };
		};
		const plannedAndExecuted = async (reference: ReferenceData) => {
			const input = { ...buildPlanningInput(reference, await referenceStocks(reference.world)), periods: 1 };
			const m = buildAllocationModel(input, 'equity-first', { survival: null });
			const outcome = await highs.solve(m.model);
			if (outcome.status !== 'optimal') throw new Error(outcome.status);
			const plan = extractPlan(m, outcome.x);
			const planned = planMetrics(plan, input).coverage.find((c) => c.resource === 'food')!.coverage;
			// The world without chance and without its automatic protocols (a lone town has no water or
			// energy, which would put it in survival mode): what it delivers of the plan's food.
			const run = runSimulationSync({
				reference,
				rng: createRng(1),
				plan,
				options: {
					days: 7,
					yieldSd: 0,
					disruptions: { perDayProbability: 0 },
					behaviour: { overConsumerShare: 0 },
					threat: declaredOnly
				}
			});
			if (run.status !== 'ok') throw new Error(JSON.stringify(run.issues));
			const quinoa = plan.allocations.find((a) => a.resource === 'quinoa')?.amount ?? 0;
			return { planned, executed: run.outcome.coverage[town.id]!.food!, quinoa };
		};
		const rich = await plannedAndExecuted(withQuinoaProtein(141));
		expect(rich.planned).toBeCloseTo(1, 4);
		expect(rich.executed).toBeCloseTo(1, 3);
		const poor = await plannedAndExecuted(withQuinoaProtein(20));
		// All the energy is still handed out (eating less would only lose protein too) ...
		expect(poor.quinoa).toBeCloseTo((1000 * 3000 * 7) / 3680, 1);
		// ... and food counts as covered as far as its scarcer nutrient, protein, is.
		const truth = (((1000 * 3000 * 7) / 3680) * 20) / (60 * 7 * 1000);
		expect(poor.planned).toBeCloseTo(truth, 4);
		expect(poor.executed).toBeCloseTo(truth, 3);
	}, 120_000);
});
