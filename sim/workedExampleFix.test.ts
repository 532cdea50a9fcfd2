import loadHighs from 'highs';
import { describe, expect, it } from 'vitest';
import { CatalogueSchema, WorldSchema } from '../data/reference/index.js';
import { parseOrThrow } from '../data/schema/index.js';
import { buildPlanningInput } from '../planner/inputs/buildPlanningInput.js';
import { referenceStocks } from '../planner/inputs/referenceStocks.js';
import { planRound } from '../planner/planRound.js';
import { highsSolver } from '../planner/solver/highsSolver.js';
import { jsLpSolver } from '../planner/solver/jsLpSolver.js';
import catalogueJson from './cases/wheat-only.catalogue.json' with { type: 'json' };
import worldJson from './cases/wheat-worked-example.json' with { type: 'json' };
import { createRng } from './rng/createRng.js';
import { runSimulationSync } from './run/runSimulation.js';
import { declaredOnly } from './threat/defaults.js';

/** Quinoa stands in for wheat by the energy it supplies (3680 kcal a kg against 3400), at most 20% of the ration. */
const catalogue = parseOrThrow(
	CatalogueSchema,
	{
		...catalogueJson,
		resources: [
			{
				...catalogueJson.resources[0]!,
				substitutes: [{ by: 'quinoa', maxShare: 0.2, perUnit: 3680 / 3400 }]
			},
			{ id: 'quinoa', name: { en: 'Quinoa', ru: 'Киноа' }, unit: 'kg', tier: 'basic', storageLossPerDay: 0 }
		]
	},
	'catalogue'
);
/** The documents' fix: 1000 t harvested and 456 t imported, and quinoa in store. */
const world = parseOrThrow(
	WorldSchema,
	{
		...worldJson,
		regions: worldJson.regions.map((r) => ({
			...r,
			storage: [
				{ resource: 'wheat', capacity: 1_456_000, initial: 1_456_000 },
				{ resource: 'quinoa', capacity: 400_000, initial: 400_000 }
			]
		}))
	},
	'world'
);

describe('the documents’ fix for the worked example: import 456 t and substitute 20% by quinoa', () => {
	it('a year planned (52 weeks) and executed by the world feeds about everyone, as the documents say', async () => {
		const reference = { catalogue, world, surveyFields: [] };
		const input = buildPlanningInput(reference, await referenceStocks(world), { periods: 52 });
		const round = await planRound(
			input,
			{ highs: highsSolver(loadHighs), jslp: jsLpSolver() },
			// The world below declares survival mode only by hand (`declaredOnly`): the plan is told the same, or it
			// would ration all year to keep the federation's wheat above its stock-days trigger.
			{ policies: ['equity-first'], explainResolveMaxVariables: 0, settings: { survival: null } }
		);
		const plan = round.scenarios[0]!.plan;
		const run = runSimulationSync({
			reference,
			rng: createRng(1),
			plan,
			options: {
				behaviour: { overConsumerShare: 0 },
				disruptions: { perDayProbability: 0 },
				yieldSd: 0,
				threat: declaredOnly,
				days: 364
			}
		});
		if (run.status !== 'ok') throw new Error(JSON.stringify(run.issues));
		const executed = run.outcome.coverage.x!.wheat!;
		// (1456 t ÷ 0.8) ÷ (10,000 × 0.5 kg × 364 days) = 100%, less the 3-day reserve floor the plan keeps.
		expect(executed).toBeGreaterThan(0.98);
		expect(Math.abs(executed - round.scenarios[0]!.metrics.minCoverage)).toBeLessThanOrEqual(0.01);
	}, 120_000);
});
