import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { protectedStratum } from './protectedStratum.js';
import { quotasSchema } from './quotasSchema.js';

const quotas = (categories: Record<string, string[]>) => ({
	panelSize: 10,
	categories: Object.fromEntries(
		Object.entries(categories).map(([k, values]) => [
			k,
			Object.fromEntries(values.map((x) => [x, { min: 0, max: 10 }]))
		])
	)
});
const refusal = (categories: Record<string, string[]>) => {
	const r = v.safeParse(quotasSchema, quotas(categories));
	return r.success ? undefined : r.issues.map((i) => i.message).join('; ');
};

describe('protected categories as stratification categories', () => {
	it('refuses them by name, in English and Russian, including "leaning"', () => {
		for (const name of ['leaning', 'Political views', 'race', 'sexualOrientation', 'партия', 'religion'])
			expect(protectedStratum(name), name).toBeDefined();
		expect(refusal({ leaning: ['left', 'right'] })).toMatch(
			/leaning is a protected category \(political-views\)/
		);
	});

	it('refuses them by meaning: a category whose values are political blocs, races or orientations', () => {
		expect(refusal({ bloc: ['liberal', 'conservative', 'socialist'] })).toMatch(
			/bloc has values .* protected category \(political-views\)/
		);
		expect(refusal({ group: ['white', 'black', 'asian'] })).toMatch(/\(race\)/);
		expect(refusal({ identity: ['gay', 'straight'] })).toMatch(/\(sexual-orientation\)/);
	});

	it('keeps gender, region, age and a category with one look-alike value', () => {
		expect(refusal({ gender: ['female', 'male'], region: ['north'], age: ['16-29'] })).toBeUndefined();
		expect(refusal({ collar: ['white', 'blue'] })).toBeUndefined();
	});
});
