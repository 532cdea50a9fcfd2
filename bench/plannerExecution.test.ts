import loadHighs from 'highs';
import { describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../data/reference/index.js';
import { buildPlanningInput } from '../planner/inputs/buildPlanningInput.js';
import { referenceStocks } from '../planner/inputs/referenceStocks.js';
import { planRound } from '../planner/planRound.js';
import { highsSolver } from '../planner/solver/highsSolver.js';
import { jsLpSolver } from '../planner/solver/jsLpSolver.js';
import { scaleSupply } from '../planner/inputs/scaleSupply.js';
import { executeScenario } from './plannerExecution.js';

describe('the simulation executes a plan with substitutes as the planner predicted', () => {
	it('balanced on the demo world: 80% wheat + 20% quinoa is executed as 100%, every region within a point', async () => {
		const reference = await loadReference(defaultReferencePaths);
		const input = buildPlanningInput(reference, await referenceStocks(reference.world));
		const round = await planRound(
			input,
			{ highs: highsSolver(loadHighs), jslp: jsLpSolver() },
			{ policies: ['balanced'], explainResolveMaxVariables: 0 }
		);
		const s = round.scenarios[0]!;
		expect(s.plan.allocations.some((a) => a.resource === 'quinoa')).toBe(true);
		const executed = executeScenario(reference, s);
		for (const c of s.coverage!.filter((c) => c.resource === 'wheat'))
			expect({ region: c.region, executed: executed.coverage[c.region]!.wheat! }).toEqual({
				region: c.region,
				executed: expect.closeTo(c.coverage, 2)
			});
		expect(Math.abs(executed.executed.min - executed.predicted.min)).toBeLessThanOrEqual(0.01);
	}, 120_000);

	it('most resilient on the demo world: weeks of different allocations are executed as planned, every pair within a point', async () => {
		const reference = await loadReference(defaultReferencePaths);
		const input = buildPlanningInput(reference, await referenceStocks(reference.world));
		const round = await planRound(
			input,
			{ highs: highsSolver(loadHighs), jslp: jsLpSolver() },
			{ policies: ['most-resilient'], explainResolveMaxVariables: 0 }
		);
		const s = round.scenarios[0]!;
		const executed = executeScenario(reference, s);
		expect(executed.offByMoreThanAPoint).toBe(0);
		expect(Math.abs(executed.executed.mean - executed.predicted.mean)).toBeLessThanOrEqual(0.01);
	}, 120_000);

	it('equity first in the scarcity world: the plan expects survival mode, so every pair is executed within a point', async () => {
		const reference = scaleSupply(await loadReference(defaultReferencePaths), 0.3);
		const input = buildPlanningInput(reference, await referenceStocks(reference.world));
		const round = await planRound(
			input,
			{ highs: highsSolver(loadHighs), jslp: jsLpSolver() },
			{ policies: ['equity-first'], explainResolveMaxVariables: 0 }
		);
		const s = round.scenarios[0]!;
		// Housing at a third of the norm leaves everyone below the lifeline: the world cuts quotas × 0.7.
		expect(s.metrics.meanCoverage).toBeLessThan(0.7);
		const executed = executeScenario(reference, s);
		expect(executed.offByMoreThanAPoint).toBe(0);
		expect(Math.abs(executed.executed.mean - executed.predicted.mean)).toBeLessThanOrEqual(0.01);
	}, 120_000);
});
