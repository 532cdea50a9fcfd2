import type { ReferenceData } from '../../../data/reference/index.js';
import type { Locale } from '../i18n/types.js';

/** Region and resource names in the reader's language, by id (ids of the two never collide in a valid world). */
export function referenceNames(
	{ world, catalogue }: ReferenceData,
	locale: Locale
): ReadonlyMap<string, string> {
	return new Map([
		...world.regions.map((r) => [r.id, r.name[locale]] as const),
		...catalogue.resources.map((r) => [r.id, r.name[locale]] as const)
	]);
}
