import loadHighs from 'highs';
import { describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { buildPlanningInput } from '../inputs/buildPlanningInput.js';
import { referenceStocks } from '../inputs/referenceStocks.js';
import { allocationModelFactory } from '../model/buildAllocationModel.js';
import { carryBasis } from './carryBasis.js';
import { highsSolver } from './highsSolver.js';

const highs = highsSolver(loadHighs);

describe('a basis carried from one policy to another over the same world', async () => {
	const reference = await loadReference(defaultReferencePaths);
	const modelFor = allocationModelFactory(
		buildPlanningInput(reference, await referenceStocks(reference.world))
	);
	const from = modelFor('equity-first').model;
	const solved = await highs.solve(from);
	if (solved.status !== 'optimal' || !solved.basis) throw new Error('equity-first did not solve');

	for (const policy of ['least-transport', 'most-resilient', 'balanced'] as const)
		it(`${policy}: as many basic entries as rows, and the same optimum as from the slack basis`, async () => {
			const to = modelFor(policy).model;
			const basis = carryBasis(from, solved.basis!, to);
			expect(basis.colStatus).toHaveLength(to.variables.length);
			const basic = [...basis.colStatus, ...basis.rowStatus].filter((s) => s === 1).length;
			expect(basic).toBe(to.constraints.length);
			const [warm, cold] = [await highs.solve(to, { basis }), await highs.solve(to)];
			if (warm.status !== 'optimal' || cold.status !== 'optimal') throw new Error('not solved');
			expect(warm.objective).toBeCloseTo(cold.objective, 6);
		});
});
