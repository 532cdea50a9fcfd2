import loadHighs from 'highs';
import { describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { buildPlanningInput } from '../inputs/buildPlanningInput.js';
import { referenceStocks } from '../inputs/referenceStocks.js';
import { scaleSupply } from '../inputs/scaleSupply.js';
import { highsSolver } from '../solver/highsSolver.js';
import { buildAllocationModel } from './buildAllocationModel.js';
import { certainSurvival } from './certainSurvival.js';
import { predictSurvival, survivalKey } from './predictSurvival.js';

const highs = highsSolver(loadHighs);

describe('survival mode no plan can avoid, known before solving', async () => {
	const full = await loadReference(defaultReferencePaths);
	const inputOf = async (reference: typeof full) =>
		buildPlanningInput(reference, await referenceStocks(reference.world));

	it('the famine world (× 0.3): housing cannot reach half the norm anywhere, so every region and week', async () => {
		const m = buildAllocationModel(await inputOf(scaleSupply(full, 0.3)), 'least-transport');
		const causes = certainSurvival(m, m.settings.survival!);
		expect(causes).toHaveLength(m.input.regions.length * m.input.periods);
		expect(new Set(causes.map((c) => c.resource))).toEqual(new Set(['housing']));
		// A bound, not a guess: the plan the solver finds (without the cut) leads there too.
		const solved = await highs.solve(m.model);
		if (solved.status !== 'optimal') throw new Error(solved.status);
		const predicted = new Set(
			predictSurvival(m, solved.x, m.settings.survival!).map((c) => survivalKey(c.region, c.period))
		);
		for (const c of causes) expect(predicted.has(survivalKey(c.region, c.period))).toBe(true);
	}, 120_000);

	it('the demo world: nothing is certain, so a round starts without the cut', async () => {
		const m = buildAllocationModel(await inputOf(full), 'least-transport');
		expect(certainSurvival(m, m.settings.survival!)).toEqual([]);
	}, 60_000);
});
