import { describe, expect, it } from 'vitest';
import { defaultReferencePaths } from '../../../../data/reference/defaultReferencePaths.js';
import { loadReference } from '../../../../data/reference/loadReference.js';
import { harvestShortfall } from '../../../../scenarios/round/cases/loadCases.js';
import { openTestRound } from '../openTestRound.js';
import { regionImpact } from './regionImpact.js';

describe("what a scenario means for the voter's region", () => {
	it('gives each region its worst and mean coverage of basic needs and the quotas in force it would cut', async () => {
		const { app, desk, codes } = await openTestRound();
		for (const code of codes) desk.cast(code, { kind: 'scenario', scenarioId: 'equity-first' });
		desk.act('r', { kind: 'close-vote' });
		// In force now: equity-first, wheat 0.46 kg a day in the north, water 50 L.
		const reference = await loadReference(defaultReferencePaths);
		const quinoa = harvestShortfall.find((s) => s.id === 'quinoa-substitution')!;
		const cell = (region: string, resource: string, tier: string, coverage: number) => ({
			region,
			resource,
			tier,
			coverage,
			worstPeriod: 0
		});
		const scenario = {
			...quinoa,
			coverage: [
				cell('north', 'water', 'basic', 1),
				cell('north', 'wheat', 'basic', 0.8),
				cell('north', 'holiday-trip', 'social', 0.1),
				cell('south', 'water', 'basic', 0.95),
				cell('south', 'wheat', 'basic', 0.97)
			]
		};
		const impact = regionImpact({ ...app, reference }, scenario, 'en');
		expect(impact).toEqual([
			// Quinoa substitution cuts the north's wheat from 0.46 to 0.4; water stays at 50. Social goods are not needs.
			{ region: 'north', lowest: 0.8, lowestResource: 'Wheat', mean: 0.9, quotasCut: 1 },
			{ region: 'south', lowest: 0.95, lowestResource: 'Drinking water', mean: 0.96, quotasCut: 1 }
		]);
		expect(regionImpact({ ...app, reference }, quinoa, 'en')).toEqual([]);
	});
});
