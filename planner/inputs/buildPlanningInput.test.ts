import { describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { buildPlanningInput } from './buildPlanningInput.js';
import { referenceStocks } from './referenceStocks.js';

const reference = await loadReference(defaultReferencePaths);
const DAY = 86_400_000;
/** River Valley's wheat, read from the world file so the expectation follows it when the demo world is rebuilt. */
const riverWheat = reference.world.regions
	.find((r) => r.id === 'river-valley')!
	.production.find((p) => p.resource === 'wheat')!;
const wheatOn = (dayOfYear: number) =>
	riverWheat.capacityPerDay *
	(1 +
		riverWheat.seasonality!.amplitude *
			Math.cos((2 * Math.PI * (dayOfYear - riverWheat.seasonality!.peakDayOfYear)) / 365));
const wheat = (input: ReturnType<typeof buildPlanningInput>) =>
	input.regions.find((r) => r.id === 'river-valley')!.production.find((p) => p.resource === 'wheat')!
		.capacityPerDay;

describe('buildPlanningInput: the plan starts where the telemetry ends', () => {
	it('readings dated 2026-07-10 give a plan starting 2026-07-10, with July capacities', async () => {
		const snapshot = await referenceStocks(reference.world);
		const to = Date.parse('2026-07-10T14:00:00Z');
		const input = buildPlanningInput(reference, { ...snapshot, from: to - 10 * DAY, to });
		expect(input.start).toBe('2026-07-10');
		// Days 191..197 of the year are period 0.
		const expected = Array.from({ length: 7 }, (_, d) => wheatOn(191 + d)).reduce((s, v) => s + v, 0) / 7;
		expect(wheat(input)[0]).toBeCloseTo(expected, 6);
		expect(wheat(input)[0]).toBeGreaterThan(2 * wheat(buildPlanningInput(reference, snapshot))[0]!);
	});

	it('an explicit start wins; the reference snapshot starts on the world’s start date', async () => {
		const snapshot = await referenceStocks(reference.world);
		expect(buildPlanningInput(reference, snapshot).start).toBe(reference.world.startDate);
		expect(buildPlanningInput(reference, snapshot, { start: '2026-03-01' }).start).toBe('2026-03-01');
	});
});
