import loadHighs from 'highs';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import type { ProposedScenario } from '../../data/plan/types.js';
import { buildPlanningInput } from '../inputs/buildPlanningInput.js';
import { referenceStocks } from '../inputs/referenceStocks.js';
import { scaleSupply } from '../inputs/scaleSupply.js';
import { planRound } from '../planRound.js';
import { abandonedRegions } from '../scenario/abandonedRegions.js';
import { highsSolver } from '../solver/highsSolver.js';
import { jsLpSolver } from '../solver/jsLpSolver.js';
import type { PlanningInput } from './types.js';

const solvers = { highs: highsSolver(loadHighs), jslp: jsLpSolver() };
const depot = JSON.parse(
	readFileSync(new URL('./cases/scarce-depot.json', import.meta.url), 'utf8')
) as PlanningInput;
const coverageOf = (s: ProposedScenario, region: string, resource: string) =>
	s.coverage!.find((c) => c.region === region && c.resource === resource)!.coverage;

describe('fairness under scarcity, hand-checked (a depot with 40% of two towns’ need)', () => {
	for (const policy of [
		'equity-first',
		'least-transport',
		'most-resilient',
		'local-self-sufficiency',
		'balanced'
	] as const)
		it(`${policy}: City (90,000 people, far) gets at least 38.9%, Hamlet (10,000, near) at most 50%, nothing is held back`, async () => {
			const round = await planRound(depot, solvers, { policies: [policy] });
			const s = round.scenarios[0]!;
			for (const resource of ['water', 'wheat']) {
				const [city, hamlet] = [coverageOf(s, 'city', resource), coverageOf(s, 'hamlet', resource)];
				expect(city).toBeGreaterThanOrEqual((14 - 0.5 * 3.5) / 31.5 - 1e-9);
				expect(hamlet).toBeLessThanOrEqual(0.5 + 1e-9);
				// All of the depot's 40% is delivered: 31.5 × city + 3.5 × hamlet = 14 (millions of litres).
				expect(31.5 * city + 3.5 * hamlet).toBeCloseTo(14, 6);
				if (policy === 'equity-first')
					expect([city, hamlet]).toEqual([expect.closeTo(0.4, 9), expect.closeTo(0.4, 9)]);
			}
			expect(abandonedRegions(s.coverage!, depot)).toEqual([]);
		});
});

describe('a famine in the demo world (every stock and capacity × 0.3)', () => {
	let input: PlanningInput;
	let scenarios: readonly ProposedScenario[];
	beforeAll(async () => {
		const reference = scaleSupply(await loadReference(defaultReferencePaths), 0.3);
		input = buildPlanningInput(reference, await referenceStocks(reference.world));
		scenarios = (await planRound(input, solvers, { mergeDistance: 0 })).scenarios;
	}, 240_000);

	it('no policy leaves a populous region at 0% of a basic need while a smaller one is above the common level', () => {
		expect(scenarios).toHaveLength(5);
		for (const s of scenarios)
			expect({ policy: s.policy, abandoned: abandonedRegions(s.coverage!, input) }).toEqual({
				policy: s.policy,
				abandoned: []
			});
	});

	it('no region falls below a quarter of its water or medicine norm (the convex bands reach it first)', () => {
		for (const s of scenarios)
			for (const c of s.coverage!.filter((c) => c.resource === 'water' || c.resource === 'medicine'))
				expect(c.coverage).toBeGreaterThanOrEqual(0.25 - 1e-6);
	});
});
