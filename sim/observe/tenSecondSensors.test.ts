import { describe, expect, it } from 'vitest';
import { CatalogueSchema, WorldSchema } from '../../data/reference/index.js';
import { parseOrThrow } from '../../data/schema/index.js';
import catalogueJson from '../cases/wheat-only.catalogue.json' with { type: 'json' };
import worldJson from '../cases/wheat-worked-example.json' with { type: 'json' };
import { createRng } from '../rng/createRng.js';
import { runSimulation } from '../run/runSimulation.js';
import { createMemorySink } from './createMemorySink.js';

// One region and one good keep a day of 10-second readings small (8,640 per series).
const reference = {
	catalogue: parseOrThrow(CatalogueSchema, catalogueJson, 'catalogue'),
	world: parseOrThrow(WorldSchema, worldJson, 'world'),
	surveyFields: []
};
const exact = { noise: 0, dropout: 0 };

async function day(stepHours: number) {
	const sink = createMemorySink();
	const result = await runSimulation(
		{ reference, rng: createRng(2), options: { days: 1, stepHours, sensors: exact } },
		sink
	);
	if (result.status !== 'ok') throw new Error(JSON.stringify(result.issues));
	return { readings: sink.readings, outcome: result.outcome };
}

describe('sensors report throughput and consumption every 10 seconds (the documents)', () => {
	it('a 10-second step gives a consumption reading every 10 s that adds up to what the world consumed', async () => {
		const { readings, outcome } = await day(10 / 3600);
		const consumption = readings.filter((r) => r.quantity === 'consumption' && r.resource === 'wheat');
		expect(consumption).toHaveLength(8640);
		const start = Date.parse(`${reference.world.startDate}T00:00:00Z`);
		expect(consumption.slice(0, 3).map((r) => r.time - start)).toEqual([10_000, 20_000, 30_000]);
		// Rates are units per day over the last 10 s: their sum × 10 s is the day's consumption.
		const total = consumption.reduce((sum, r) => sum + r.value, 0) / 8640;
		expect(total).toBeCloseTo(outcome.balance.wheat!.consumed, 6);
		// The same day in hourly steps consumes the same (stock is plentiful on day 1).
		const hourly = await day(1);
		expect(outcome.balance.wheat!.consumed).toBeCloseTo(hourly.outcome.balance.wheat!.consumed, 6);
		expect(outcome.balance.wheat!.residual).toBeLessThan(1e-6);
	});

	it('refuses a step that does not divide a day in whole seconds, naming it', async () => {
		const result = await runSimulation({
			reference,
			rng: createRng(2),
			options: { days: 1, stepHours: 7 / 3600 }
		});
		expect(result).toMatchObject({ status: 'invalid', issues: [{ path: 'stepHours' }] });
	});
});
