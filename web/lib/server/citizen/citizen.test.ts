import { describe, expect, it } from 'vitest';
import { defaultReferencePaths } from '../../../../data/reference/defaultReferencePaths.js';
import { loadReference } from '../../../../data/reference/loadReference.js';
import { harvestShortfall } from '../../../../scenarios/round/cases/loadCases.js';
import { openTestRound } from '../openTestRound.js';
import { citizenPoints } from './citizenPoints.js';
import { citizenQuotas } from './citizenQuotas.js';

const demo = await loadReference(defaultReferencePaths);
// The fixture round plans for `north` and `south`; the catalogue is the real one.
const reference = {
	...demo,
	world: {
		...demo.world,
		regions: [
			{ ...demo.world.regions[0]!, id: 'north', name: { ru: 'Север', en: 'North' } },
			{ ...demo.world.regions[1]!, id: 'south', name: { ru: 'Юг', en: 'South' } }
		]
	}
};

/** The fixture round voted and adopted (equity-first), then round r2 adopting quinoa-substitution. */
async function adoptedTwice() {
	const { app, desk, codes } = await openTestRound();
	for (const code of codes) desk.cast(code, { kind: 'scenario', scenarioId: 'equity-first' });
	const closed = desk.act('r', { kind: 'close-vote' });
	if (!closed.ok) throw new Error(closed.error.message);
	expect(closed.round.outcome).toMatchObject({ kind: 'adopted', scenarioId: 'equity-first' });
	const withReference = { ...app, reference };
	const before = citizenQuotas(withReference, 'north', 'en');
	// A later round's adoption (its review and vote are not what this page is about).
	desk.create({ id: 'r2', scenarios: harvestShortfall });
	app.ledger.adoptPlan(
		'r2',
		harvestShortfall.find((s) => s.id === 'quinoa-substitution')!,
		Date.UTC(2026, 11, 1)
	);
	return { app: withReference, before, codes };
}

describe("the citizen's page", () => {
	it('explains each quota in force by what changed and the scenario that changed it', async () => {
		const { app, before } = await adoptedTwice();
		expect(before.region!.quotas.map((q) => [q.resource, q.change])).toEqual([
			['wheat', 'new'],
			['water', 'new']
		]);
		const north = citizenQuotas(app, 'north', 'en').region!;
		const byResource = new Map(north.quotas.map((q) => [q.resource, q]));
		expect(byResource.get('wheat')).toMatchObject({ change: 'cut', amount: 0.4, previous: 0.46 });
		expect(byResource.get('wheat')!.explanation).toMatch(
			/^Wheat: quota cut from 0\.46 to 0\.4 kg per day per person from 2026-12-01\. Why: round r2 adopted the scenario "/
		);
		const quinoa = harvestShortfall.find((s) => s.id === 'quinoa-substitution')!;
		expect(byResource.get('wheat')!.explanation).toContain(quinoa.summary.en);
		expect(byResource.get('water')).toMatchObject({ change: 'same', amount: 50 });
		expect(byResource.get('quinoa')).toMatchObject({ change: 'new' });
		const ru = citizenQuotas(app, 'north', 'ru').region!;
		expect(ru.quotas.find((q) => q.resource === 'wheat')!.explanation).toMatch(
			/^Пшеница: квота снижена с 0,46 до 0,4 кг в день на человека/
		);
		expect(citizenQuotas(app, 'atlantis', 'en').region).toBeNull();
		expect(citizenQuotas(app, null, 'en').regions.map((r) => r.id)).toEqual(['north', 'south']);
	});

	it("shows a panelist's points only to the holder of their code, each entry explained", async () => {
		const { app, codes } = await adoptedTwice();
		const typed = codes[0]!.toLowerCase().replace(/-/g, ' ');
		const shown = citizenPoints(app, { c: typed }, 'en');
		if (shown.status !== 'shown') throw new Error(`refused: ${shown.error}`);
		expect(shown.balance).toBeGreaterThan(0);
		expect(shown.balance).toBe(shown.lines.reduce((sum, l) => sum + l.points, 0));
		expect(shown.lines[0]!.explanation).toBe(
			'taking part in governance: you voted on the citizen panel of round r'
		);
		expect(citizenPoints(app, { c: 'ABCD-EFGH-JKMN-PQRS' }, 'en')).toEqual({
			status: 'refused',
			error: 'There is no such code. Check it against your invitation.'
		});
		const extra = citizenPoints(app, { c: codes[0]!, person: 'someone-else' }, 'en');
		expect(extra.status === 'refused' && extra.error).toMatch(/person/);
	});
});
