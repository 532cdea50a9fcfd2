import * as v from 'valibot';
import { FoodFlag, foodReference } from '../data/reference/foodReference.js';
import { defaultReferencePaths, loadReference } from '../data/reference/index.js';
import type { ReferenceData } from '../data/reference/types.js';
import { fileFlag } from './flagSchemas.js';

/**
 * The flags that choose the reference data a command plans or simulates over; spread into a
 * command's flag schema, so that `plan`, `simulate` and `stress` read the same world the same way.
 */
export const referenceFlags = {
	/** World JSON (default: the demo world). */
	world: v.optional(fileFlag),
	/** Resource catalogue JSON (default: the shipped one). */
	resources: v.optional(fileFlag),
	/** Survey fields the catalogue's resources may be derived from (default: the shipped ones). */
	'survey-fields': v.optional(fileFlag),
	/** How food is counted: by nutrient (default) or as the catalogue lists it. */
	food: FoodFlag,
	/** The nutrition table for `--food nutrients` (default: the shipped one). */
	nutrition: v.optional(fileFlag)
};

/** What `referenceFlags` parse to. */
export type ReferenceFlags = v.InferOutput<v.ObjectSchema<typeof referenceFlags, undefined>>;

/** The reference data the flags choose, with food counted as `--food` says. */
export async function referenceOf(flags: ReferenceFlags): Promise<ReferenceData> {
	const reference = await loadReference({
		world: flags.world ?? defaultReferencePaths.world,
		resources: flags.resources ?? defaultReferencePaths.resources,
		surveyFields: flags['survey-fields'] ?? defaultReferencePaths.surveyFields
	});
	return foodReference(reference, flags.food, flags.nutrition);
}

/** The lines of a command's usage that describe `referenceFlags`, their text starting at `column`. */
export function referenceUsage(column: number): string[] {
	const flag = (name: string) => `  ${name}`.padEnd(column);
	return [
		`${flag('--world FILE')}a world file (default: the demo world); --resources FILE a catalogue (default: the shipped one)`,
		`${flag('--survey-fields FILE')}the survey fields resources are derived from, with their protected categories`,
		`${flag('--food nutrients|catalogue')} food by nutrient: wheat and quinoa count by the kcal they supply`,
		`${flag('')}(default), or wheat as a need of its own; --nutrition FILE the table (default: the shipped one)`
	];
}
