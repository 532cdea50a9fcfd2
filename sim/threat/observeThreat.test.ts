import { describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { foodReference } from '../../data/reference/foodReference.js';
import type { ReferenceData } from '../../data/reference/types.js';
import { createRng } from '../rng/createRng.js';
import { compileWorld } from '../world/compileWorld.js';
import { threatEventsOf } from './threatEventsOf.js';
import type { ThreatEvent } from './types.js';

const plain = await loadReference(defaultReferencePaths);
const byNutrient = await foodReference(plain, 'nutrients');

/** A few days of the demo world with some of one region's stores emptied at the start; its threat events. */
function eventsWith(reference: ReferenceData, region: string, empty: readonly string[], days = 8) {
	const world = compileWorld(reference.world, reference.catalogue);
	const initialStock = Float64Array.from(world.initialStock);
	for (const id of empty)
		initialStock[world.regionIndex.get(region)! * world.K + world.resourceIndex.get(id)!] = 0;
	return threatEventsOf({
		reference,
		compiled: { ...world, initialStock },
		rng: createRng(7),
		options: { citizens: { perRegion: 0 }, days }
	}).filter((e) => e.scope === region);
}

const stockDaysCause = (events: readonly ThreatEvent[]) =>
	events.find((e) => e.causes.some((c) => c.trigger === 'stock-days'));

describe('stock days judged as the world eats (food by nutrient: wheat and quinoa stand in for its kcal)', () => {
	it('an empty food store beside a granary of wheat is no food emergency', () => {
		// North Lake makes no food; its wheat and quinoa feed it for months by kcal.
		const events = eventsWith(byNutrient, 'north-lake', ['food']);
		expect(stockDaysCause(events), JSON.stringify(events)).toBeUndefined();
		expect(events.filter((e) => e.to === 'red' || e.to === 'survival')).toEqual([]);
	});

	it('with the granary empty too, nothing is left to eat: survival on day 0', () => {
		const events = eventsWith(byNutrient, 'north-lake', ['food', 'wheat', 'quinoa']);
		expect(events[0]).toMatchObject({ day: 0, from: 'normal', to: 'survival' });
		expect(events[0]!.causes).toContainEqual(
			expect.objectContaining({ trigger: 'below-lifeline', value: 1 })
		);
	});

	it('a stand-in capped by its share counts only beside the good itself (quinoa: at most 20% of wheat)', () => {
		// The catalogue as listed: wheat is a need of its own, and without wheat no quinoa is handed out.
		const events = eventsWith(plain, 'north-lake', ['wheat']);
		expect(events[0]).toMatchObject({ day: 0, to: 'red' });
		expect(events[0]!.causes).toContainEqual(expect.objectContaining({ trigger: 'stock-days', value: 0 }));
	});
});
