import * as v from 'valibot';
import { byNutrient } from './byNutrient.js';
import type { ReferenceData } from './types.js';
import { InputError } from '../schema/index.js';
import { readJsonFile } from '../schema/node/readJsonFile.js';
import { NutritionTableSchema } from '../../planner/nutrition/schema.js';

/** The shipped nutrition table (energy and protein of food, wheat and quinoa, with sources). */
export const defaultNutritionPath = new URL('./nutrition.json', import.meta.url).pathname;

/** How food is counted: by nutrient (the default) or as the catalogue lists it. */
export const FoodReading = v.picklist(['nutrients', 'catalogue'], 'should be nutrients or catalogue');

/** `--food`: how `plan` and `simulate` count food; both read the same catalogue, so they agree. */
export const FoodFlag = v.optional(FoodReading, 'nutrients');

/**
 * The reference data with food counted as `food` says: by nutrient (the catalogue read through the
 * nutrition table, `byNutrient`), or as the catalogue lists it (wheat a need of its own).
 */
export async function foodReference(
	reference: ReferenceData,
	food: 'nutrients' | 'catalogue',
	tablePath: string = defaultNutritionPath
): Promise<ReferenceData> {
	if (food === 'catalogue') return reference;
	const table = await readJsonFile(NutritionTableSchema, tablePath, '--nutrition');
	const r = byNutrient(reference.catalogue, table);
	if (r.status === 'unusable')
		throw new InputError('--food nutrients', [
			{ path: tablePath, expected: `should fit the catalogue: ${r.reason}`, received: 'nutrients' }
		]);
	return { ...reference, catalogue: r.catalogue };
}
