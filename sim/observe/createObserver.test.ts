import { describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { createRng } from '../rng/createRng.js';
import { runSimulation } from '../run/runSimulation.js';
import { createMemorySink } from './createMemorySink.js';

const reference = await loadReference(defaultReferencePaths);
const DAY_MS = 86_400_000;

async function observe(sensors: object, days = 10) {
	const sink = createMemorySink();
	const result = await runSimulation({ reference, rng: createRng(4), options: { days, sensors } }, sink);
	if (result.status !== 'ok') throw new Error('invalid');
	return { sink, outcome: result.outcome };
}

describe('sensors', () => {
	it('report every stocked resource and production site through the sink, one batch per step', async () => {
		const { sink, outcome } = await observe({ noise: 0, dropout: 0 }, 3);
		expect(sink.batches).toBe(3);
		const capitalWater = sink.readings.filter(
			(r) => r.region === 'capital' && r.resource === 'water' && r.quantity === 'stock'
		);
		expect(capitalWater.map((r) => r.time)).toEqual(
			[1, 2, 3].map((d) => Date.parse('2026-01-01T00:00:00Z') + d * DAY_MS)
		);
		expect(capitalWater[0]!.gateway).toBe('capital-store-water-g1');
		expect(new Set(sink.readings.map((r) => r.quantity))).toEqual(
			new Set(['stock', 'consumption', 'production'])
		);
		expect(outcome.sensors.delivered).toBe(sink.readings.length);
		// Sequence numbers rise by one per message of a gateway.
		expect(capitalWater.map((r) => r.seq)).toEqual([1, 2, 3]);
	});

	it('add relative noise of the configured size', async () => {
		const exact = await observe({ noise: 0, dropout: 0 }, 5);
		const noisy = await observe({ noise: 0.05, dropout: 0 }, 5);
		const ratios = noisy.sink.readings
			.map((r, i) => r.value / exact.sink.readings[i]!.value - 1)
			.filter((x) => Number.isFinite(x));
		const sd = Math.sqrt(ratios.reduce((a, x) => a + x * x, 0) / ratios.length);
		expect(sd).toBeGreaterThan(0.04);
		expect(sd).toBeLessThan(0.06);
	});

	it('lose the configured share of readings', async () => {
		const { outcome } = await observe({ dropout: 0.2 }, 10);
		expect(outcome.sensors.dropped / outcome.sensors.measured).toBeGreaterThan(0.17);
		expect(outcome.sensors.dropped / outcome.sensors.measured).toBeLessThan(0.23);
	});

	it('deliver late by the configured delay, and nothing is lost at the end of the run', async () => {
		const prompt = await observe({ noise: 0, dropout: 0 }, 5);
		const late = await observe({ noise: 0, dropout: 0, delaySteps: 2 }, 5);
		expect(late.sink.readings).toEqual(prompt.sink.readings);
		expect(late.sink.batches).toBe(prompt.sink.batches - 2 + 1);
	});

	it('take their time from the run: startDate moves every reading and day record', async () => {
		const sink = createMemorySink();
		const result = await runSimulation(
			{ reference, rng: createRng(4), options: { days: 2, startDate: '2030-06-01' } },
			sink
		);
		if (result.status !== 'ok') throw new Error('invalid');
		expect(result.outcome.daily.map((d) => d.date)).toEqual(['2030-06-01', '2030-06-02']);
		expect(Math.min(...sink.readings.map((r) => r.time))).toBe(Date.parse('2030-06-02T00:00:00Z'));
		const bad = await runSimulation({ reference, rng: createRng(4), options: { startDate: '2030-13-45' } });
		expect(bad).toMatchObject({ status: 'invalid', issues: [{ path: 'startDate', received: '2030-13-45' }] });
	});

	it('never report a stock above the store’s capacity (level sensors saturate)', async () => {
		const { sink } = await observe({ noise: 0.2, dropout: 0 }, 5);
		const capacity = new Map(
			reference.world.regions.flatMap((r) =>
				r.storage.map((s) => [`${r.id}/${s.resource}`, s.capacity] as const)
			)
		);
		for (const r of sink.readings.filter((x) => x.quantity === 'stock'))
			expect(r.value).toBeLessThanOrEqual(capacity.get(`${r.region}/${r.resource}`)!);
	});
});
