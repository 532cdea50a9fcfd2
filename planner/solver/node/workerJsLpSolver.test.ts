import { describe, expect, it } from 'vitest';
import { generatePlanningInput } from '../../inputs/generatePlanningInput.js';
import { wyndorGlass } from '../../lp/cases/wyndorGlass.js';
import { buildAllocationModel } from '../../model/buildAllocationModel.js';
import { workerJsLpSolver } from './workerJsLpSolver.js';

describe('javascript-lp-solver in a worker', () => {
	it('solves Wyndor Glass (Hillier & Lieberman) to 36 off the main thread', async () => {
		const solver = workerJsLpSolver();
		const outcome = await solver.solve(wyndorGlass(), { timeLimitSeconds: 60 });
		await solver.close();
		expect(outcome.status).toBe('optimal');
		if (outcome.status === 'optimal') expect(outcome.objective).toBeCloseTo(36, 9);
	}, 60_000);

	it('stops a solve that outlives its time limit, and the main thread keeps running meanwhile', async () => {
		const model = buildAllocationModel(
			generatePlanningInput({ regions: 30, resources: 10, seed: 1 }),
			'balanced'
		).model;
		const solver = workerJsLpSolver();
		let ticks = 0;
		const clock = setInterval(() => ticks++, 50);
		const started = performance.now();
		const outcome = await solver.solve(model, { timeLimitSeconds: 2 });
		clearInterval(clock);
		await solver.close();
		expect(outcome).toMatchObject({
			status: 'failed',
			solver: 'jslp',
			message: 'javascript-lp-solver did not finish within 2 s and was stopped'
		});
		expect(performance.now() - started).toBeLessThan(10_000);
		expect(ticks).toBeGreaterThan(10);
	}, 60_000);
});
