import loadHighs from 'highs';
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { buildPlanningInput } from '../inputs/buildPlanningInput.js';
import { referenceStocks } from '../inputs/referenceStocks.js';
import { highsSolver } from '../solver/highsSolver.js';
import { buildRationModel } from './buildRationModel.js';
import { rationFromPlanningInput } from './rationFromPlanningInput.js';
import { readRation } from './readRation.js';
import { NutritionTableSchema } from './schema.js';
import type { NutritionTable, RationInput } from './types.js';

const highs = highsSolver(loadHighs);
const json = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as unknown;
const catalogue: NutritionTable = v.parse(
	NutritionTableSchema,
	json(new URL('../../data/reference/nutrition.json', import.meta.url))
);

async function solve(input: RationInput, table: NutritionTable, mixDeviationCost = 0) {
	const m = buildRationModel(input, table, { mixDeviationCost });
	const outcome = await highs.solve(m.model);
	if (outcome.status !== 'optimal') throw new Error(`bug: ${outcome.status}`);
	return { objective: outcome.objective, ration: readRation(m, outcome.x) };
}

describe('the nutrition-aware ration model', () => {
	it('reproduces the Stigler diet’s published optimum ($39.66 a year, Dantzig 1947) as a one-person ration', async () => {
		const stigler = json(new URL('../lp/cases/stigler-diet.json', import.meta.url)) as {
			nutrients: { name: string; min: number }[];
			foods: { name: string; perDollar: number[] }[];
			expectedAnnualCostDollars: number;
		};
		const table: NutritionTable = {
			nutrients: stigler.nutrients.map((n, i) => ({ id: `n${i}`, unit: n.name, perPersonPerDay: n.min })),
			// A food's unit is a dollar's worth of it, as in Stigler's table.
			foods: stigler.foods.map((f, j) => ({
				resource: `f${j}`,
				perUnit: Object.fromEntries(f.perDollar.map((c, i) => [`n${i}`, c]))
			})),
			defaultMix: []
		};
		const input: RationInput = {
			days: 365,
			regions: [{ id: 'one', population: 1, physicalWorkers: 0, children: 0 }],
			supply: table.foods.map((f) => ({
				region: 'one',
				resource: f.resource,
				amount: Infinity,
				costPerUnit: 1
			})),
			links: []
		};
		const { objective, ration } = await solve(input, table);
		expect(objective).toBeCloseTo(stigler.expectedAnnualCostDollars, 3);
		expect(ration.coverage.every((c) => c.coverage >= 1 - 1e-9)).toBe(true);
	});

	// Town: 1000 people for a day (3,000,000 kcal, 60,000 g protein), 2,400,000 kcal of mixed food on
	// hand (24,000 g protein at 0.01 g/kcal). The farm sends wheat (0.5 a kg, at most 200 kg) and
	// quinoa (1 a kg). Protein binds: 200 kg of wheat give 26,400 g, quinoa the other 9,600 g
	// (68.09 kg); energy is then over-met. Cost 100 + 9600/141. By weight, 20% quinoa would be 40 kg.
	const town: NutritionTable = {
		nutrients: [
			{ id: 'energy', unit: 'kcal', perPersonPerDay: 3000 },
			{ id: 'protein', unit: 'g', perPersonPerDay: 60 }
		],
		foods: [
			{ resource: 'food', perUnit: { energy: 1, protein: 0.01 } },
			{ resource: 'wheat', perUnit: { energy: 3390, protein: 132 } },
			{ resource: 'quinoa', perUnit: { energy: 3680, protein: 141 } }
		],
		defaultMix: []
	};
	const network: RationInput = {
		days: 1,
		regions: [
			{ id: 'town', population: 1000, physicalWorkers: 0, children: 0 },
			{ id: 'farm', population: 0, physicalWorkers: 0, children: 0 }
		],
		supply: [
			{ region: 'town', resource: 'food', amount: 2_400_000, costPerUnit: 0 },
			{ region: 'farm', resource: 'wheat', amount: Infinity, costPerUnit: 0 },
			{ region: 'farm', resource: 'quinoa', amount: Infinity, costPerUnit: 0 }
		],
		links: [
			{
				id: 'road',
				from: 'farm',
				to: 'town',
				resource: 'wheat',
				capacity: 200,
				costPerUnit: 0.5,
				lossRate: 0
			},
			{
				id: 'road',
				from: 'farm',
				to: 'town',
				resource: 'quinoa',
				capacity: Infinity,
				costPerUnit: 1,
				lossRate: 0
			}
		]
	};

	it('substitutes by nutrient over a network, hand-checked: quinoa makes up the protein the wheat road cannot carry', async () => {
		const { objective, ration } = await solve(network, town);
		const ate = (r: string) => ration.eaten.find((e) => e.region === 'town' && e.resource === r)!.amount;
		expect([ate('food'), ate('wheat'), ate('quinoa')]).toEqual([
			expect.closeTo(2_400_000, 3),
			expect.closeTo(200, 6),
			expect.closeTo(9600 / 141, 6)
		]);
		expect(objective).toBeCloseTo(100 + 9600 / 141, 6);
		expect(ration.coverage.map((c) => c.coverage)).toEqual([expect.closeTo(1, 9), expect.closeTo(1, 9)]);
	});

	it('a famine variant: with half the food, both nutrients fall short alike, weighted by person-days', async () => {
		const half = { ...network, supply: network.supply.map((s) => ({ ...s, amount: s.amount / 2 })) };
		const closed = { ...half, links: half.links.map((l) => ({ ...l, capacity: 0 })) };
		const { ration } = await solve(closed, town);
		// Only mixed food: 1,200,000 kcal is 40% of the energy and 12,000 g is 20% of the protein.
		expect(ration.coverage.map((c) => c.coverage)).toEqual([expect.closeTo(0.4, 9), expect.closeTo(0.2, 9)]);
	});

	it('built from the demo world’s planning input: the grain norm is a default mix inside 3000 kcal, not 1700 kcal on top', async () => {
		const reference = await loadReference(defaultReferencePaths);
		const input = buildPlanningInput(reference, await referenceStocks(reference.world));
		const ration = rationFromPlanningInput(input, catalogue);
		const { ration: served } = await solve(ration, catalogue, 1e-6);
		for (const region of input.regions) {
			const ate = (r: string) => served.eaten.find((e) => e.region === region.id && e.resource === r)!.amount;
			const days = ration.days;
			const energy = ate('food') + 3400 * ate('wheat') + 3680 * ate('quinoa');
			const need = (3000 * region.population + 500 * region.physicalWorkers) * days;
			// Every need met, and no more energy than needed: wheat counts towards it.
			expect(energy / need).toBeCloseTo(1, 6);
			expect(served.coverage.filter((c) => c.region === region.id).every((c) => c.coverage > 1 - 1e-9)).toBe(
				true
			);
		}
	});
});
