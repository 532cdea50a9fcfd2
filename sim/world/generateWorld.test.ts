import { describe, expect, it } from 'vitest';
import {
	CatalogueSchema,
	crossCheck,
	defaultReferencePaths,
	loadReference,
	WorldSchema
} from '../../data/reference/index.js';
import { parse } from '../../data/schema/index.js';
import { createRng } from '../rng/createRng.js';
import { runSimulationSync } from '../run/runSimulation.js';
import { generateWorld } from './generateWorld.js';

const demo = await loadReference(defaultReferencePaths);

describe('generateWorld', () => {
	it('makes a valid world of the asked size that the simulation runs and balances', () => {
		const ref = generateWorld(demo, { regions: 30, resources: 20 }, createRng(1));
		expect(parse(CatalogueSchema, ref.catalogue).ok).toBe(true);
		expect(parse(WorldSchema, ref.world).ok).toBe(true);
		expect(crossCheck(ref.world, ref.catalogue)).toEqual([]);
		expect(ref.world.regions).toHaveLength(30);
		expect(ref.catalogue.resources).toHaveLength(20);
		const result = runSimulationSync({ reference: ref, rng: createRng(2), options: { days: 20 } });
		if (result.status !== 'ok') throw new Error('invalid');
		for (const b of Object.values(result.outcome.balance))
			expect(Math.abs(b.residual)).toBeLessThan(1e-9 * Math.max(1, b.initial + b.produced));
	});
});
