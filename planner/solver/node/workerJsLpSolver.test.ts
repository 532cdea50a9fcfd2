import { describe, expect, it } from 'vitest';
import { generatePlanningInput } from '../../inputs/generatePlanningInput.js';
import { createLpBuilder } from '../../lp/lpBuilder.js';
import { buildAllocationModel } from '../../model/buildAllocationModel.js';
import { workerJsLpSolver } from './workerJsLpSolver.js';

describe('javascript-lp-solver in a worker', () => {
	it('solves Wyndor Glass (Hillier & Lieberman) to 36 off the main thread', async () => {
		const b = createLpBuilder('wyndor', 'max');
		const [x1, x2] = [b.variable('x1', { cost: 3 }), b.variable('x2', { cost: 5 })];
		b.constraint('plant1', [[x1, 1]], { upper: 4, kind: 'capacity' });
		b.constraint('plant2', [[x2, 2]], { upper: 12, kind: 'capacity' });
		b.constraint(
			'plant3',
			[
				[x1, 3],
				[x2, 2]
			],
			{ upper: 18, kind: 'capacity' }
		);
		const solver = workerJsLpSolver();
		const outcome = await solver.solve(b.build(), { timeLimitSeconds: 60 });
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
