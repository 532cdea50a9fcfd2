import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { InputError } from '../data/schema/index.js';
import { parseFlags } from './parseFlags.js';
import { referenceFlags, referenceOf } from './referenceFlags.js';

const Flags = v.strictObject(referenceFlags);

describe('referenceFlags', () => {
	it('counts food by nutrient by default and as the catalogue lists it on request', async () => {
		const byNutrient = await referenceOf(parseFlags(Flags, [], 'test').flags);
		const asListed = await referenceOf(parseFlags(Flags, ['--food', 'catalogue'], 'test').flags);
		const wheat = (r: typeof asListed) => r.catalogue.resources.find((k) => k.id === 'wheat')!;
		expect(wheat(asListed).norm?.perPerson).toBe(0.5);
		expect(wheat(byNutrient).norm).toBeUndefined();
		expect(byNutrient.world.id).toBe(asListed.world.id);
	});

	it('names the flag and the value of a bad word or a missing file', async () => {
		expect(() => parseFlags(Flags, ['--food', 'grain'], 'test')).toThrow(
			/--food: should be nutrients or catalogue, got "grain"/
		);
		const flags = parseFlags(Flags, ['--world', '/nonexistent/world.json'], 'test').flags;
		const error = await referenceOf(flags).catch((e) => e);
		expect(error).toBeInstanceOf(InputError);
		expect(error.message).toMatch(/\/nonexistent\/world\.json/);
	});
});
