/**
 * Attributes that may never enter any calculation (DOMAIN.md: race, political views, sexual orientation),
 * with common spellings. Compared after lower-casing and dropping everything but letters.
 */
export const protectedAttributes: readonly string[] = [
	'race',
	'ethnicity',
	'ethnic',
	'ethnicgroup',
	'ethnicorigin',
	'politicalviews',
	'politicalview',
	'politics',
	'politicalparty',
	'party',
	'politicalaffiliation',
	'sexualorientation',
	'orientation',
	'sexuality'
];

/** The protected attribute a category name denotes, or undefined. */
export function protectedAttribute(name: string): string | undefined {
	const key = name.toLowerCase().replace(/[^a-z\u0400-\u04ff]/g, '');
	return protectedAttributes.includes(key) ? name : undefined;
}
