import { describe, expect, it } from 'vitest';
import { CatalogueSchema, WorldSchema } from '../data/reference/index.js';
import { parseOrThrow } from '../data/schema/index.js';
import catalogueJson from './cases/wheat-only.catalogue.json' with { type: 'json' };
import worldJson from './cases/wheat-worked-example.json' with { type: 'json' };
import { peopleCovered } from './outcome/peopleCovered.js';
import { createRng } from './rng/createRng.js';
import { runSimulationSync } from './run/runSimulation.js';
import { declaredOnly } from './threat/defaults.js';

const reference = {
	catalogue: parseOrThrow(CatalogueSchema, catalogueJson, 'catalogue'),
	world: parseOrThrow(WorldSchema, worldJson, 'world'),
	surveyFields: []
};
/** The brief's arithmetic has no losses, no cheating, no breakdowns and no emergency protocols. */
const exact = {
	behaviour: { overConsumerShare: 0 },
	disruptions: { perDayProbability: 0 },
	yieldSd: 0,
	threat: declaredOnly
};

describe('the domain worked example: 1000 t of wheat, 10,000 people, 0.5 kg/person/day', () => {
	it('covers 5479 people for a year by the brief’s arithmetic', () => {
		expect(peopleCovered(1_000_000, 0.5, 365)).toBe(5479);
	});

	it('reproduces exactly in the simulation: the stock lasts 200 days and feeds 5479 people for a year', () => {
		const result = runSimulationSync({ reference, rng: createRng(1), options: { ...exact, days: 365 } });
		if (result.status !== 'ok') throw new Error(JSON.stringify(result.issues));
		const { outcome } = result;
		const eaten = outcome.balance.wheat!.consumed;
		expect(eaten).toBeCloseTo(1_000_000, 6);
		expect(Math.floor(eaten / 0.5 / 365)).toBe(5479);
		expect(outcome.coverage.x!.wheat).toBeCloseTo(1_000_000 / (10_000 * 0.5 * 365), 6);
		const lastFull = outcome.daily.findLast((d) => d.coverage.x!.wheat === 1)!;
		expect(lastFull.day).toBe(199);
		expect(outcome.daily[200]!.coverage.x!.wheat).toBe(0);
		expect(outcome.metrics.shortfallPersonDays).toBeCloseTo(10_000 * 165, 3);
	});

	it('gives the same answer with hourly steps', () => {
		const result = runSimulationSync({
			reference,
			rng: createRng(1),
			options: { ...exact, days: 365, stepHours: 1 }
		});
		if (result.status !== 'ok') throw new Error('invalid');
		expect(Math.floor(result.outcome.balance.wheat!.consumed / 0.5 / 365)).toBe(5479);
		expect(result.outcome.metrics.shortfallPersonDays).toBeCloseTo(10_000 * 165, 3);
	});
});
