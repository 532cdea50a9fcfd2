import loadHighs from 'highs';
import { describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { buildPlanningInput } from '../inputs/buildPlanningInput.js';
import { referenceStocks } from '../inputs/referenceStocks.js';
import { scaleSupply } from '../inputs/scaleSupply.js';
import { buildAllocationModel } from '../model/buildAllocationModel.js';
import { highsSolver } from '../solver/highsSolver.js';
import type { SolveOutcome } from '../solver/types.js';
import { solveForWorld } from './solveForWorld.js';

const highs = highsSolver(loadHighs);
const solve = (model: Parameters<typeof highs.solve>[0], previous: SolveOutcome | null) =>
	highs.solve(model, { basis: previous?.status === 'optimal' ? previous.basis : null });
const xOf = (o: SolveOutcome) => (o.status === 'optimal' ? o.x : null);

describe('solving for the world that executes the plan (a famine: the demo world × 0.3)', async () => {
	const reference = scaleSupply(await loadReference(defaultReferencePaths), 0.3);
	const input = buildPlanningInput(reference, await referenceStocks(reference.world));
	const base = buildAllocationModel(input, 'equity-first');

	it('finds survival mode in every region and week (housing at a third of the norm, known before solving), solves once, and caps flow needs at 70%', async () => {
		const cold = await solveForWorld(base, solve, xOf);
		expect(cold.solves).toHaveLength(1);
		expect(cold.m.survival.cells.size).toBe(input.regions.length * input.periods);
		const x = xOf(cold.outcome)!;
		for (const c of cold.m.cells.filter((c) => c.kind === 'flow')) {
			const got = c.substitutes.reduce((t, s) => t + x[s.column]!, x[c.delivered]!);
			expect(got / c.need).toBeLessThanOrEqual(0.7 + 1e-7);
		}
		// Started from another policy's survival periods, it solves once and reaches the same optimum.
		const warm = await solveForWorld(base, solve, xOf, cold.m.survival.causes);
		expect(warm.solves).toHaveLength(1);
		expect((warm.outcome as { objective: number }).objective).toBeCloseTo(
			(cold.outcome as { objective: number }).objective,
			4
		);
	}, 120_000);

	it('a wrong guess is undone: the full world never enters survival, so the cut is taken back', async () => {
		const full = await loadReference(defaultReferencePaths);
		const plenty = buildAllocationModel(
			buildPlanningInput(full, await referenceStocks(full.world)),
			'equity-first'
		);
		const guess = [{ region: plenty.input.regions[0]!.id, period: 0, resource: 'housing', coverage: 0.3 }];
		const r = await solveForWorld(plenty, solve, xOf, guess);
		expect(r.solves).toHaveLength(2);
		expect(r.m.survival.cells.size).toBe(0);
	}, 120_000);
});
