import { describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { protocolContextOf } from './protocolContextOf.js';

describe('protocolContextOf: plausibility limits from the world and the catalogue', async () => {
	const reference = await loadReference(defaultReferencePaths);
	const context = protocolContextOf(reference)(0);
	const region = reference.world.regions.find((r) => r.storage.some((s) => s.resource === 'water'))!;
	const capacity = region.storage.find((s) => s.resource === 'water')!.capacity;

	it("bounds a stock by the region's registered capacity", () => {
		expect(context.capacityOf(region.id, 'water')).toBe(capacity);
	});

	it('bounds a flow by the larger of that capacity and a year of the region’s norm, finitely', () => {
		const people = region.population.adults + region.population.children;
		expect(context.flowLimitOf!(region.id, 'water')).toBe(Math.max(capacity, people * 50 * 365));
		expect(context.flowLimitOf!(region.id, 'water')).toBeLessThan(1e300);
	});

	it('gives a region the world does not know the widest limit of any region', () => {
		const widest = Math.max(...reference.world.regions.map((r) => context.flowLimitOf!(r.id, 'water') ?? 0));
		expect(context.flowLimitOf!('nowhere', 'water')).toBe(widest);
	});
});
