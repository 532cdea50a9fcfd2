/**
 * The one list of protected categories, shared by every stage that could use a person's attribute
 * (the Correlation Center, panel stratification, the planner). The founding documents: race,
 * political views and sexual orientation never enter any calculation; race and sex (пол) never
 * enter a correlation. Ethnicity/nationality and religion are kept out everywhere as sensible
 * extensions. Sex/gender stays allowed as a stratification category: a quota for it is
 * representation, as citizens' assemblies practise it.
 */

/** Where an attribute would be used. */
export type ProtectedUse = 'correlation' | 'stratification' | 'planning';

/** One protected category: the words that name it (Russian and English stems) and where it is refused. */
export interface ProtectedCategory {
	readonly id: string;
	/** Lower-case stems, matched as parts of a name (so `raceShare`, `race-share`, `доля_расы` all match). */
	readonly stems: readonly string[];
	/** Whole words only (short stems that would otherwise match inside innocent words). */
	readonly words: readonly string[];
	readonly refusedIn: readonly ProtectedUse[];
	/** Whole words that, as values of a category, reveal it by meaning (a `bloc` of `liberal`/`conservative` is political views). */
	readonly values?: readonly string[];
}

const everywhere: readonly ProtectedUse[] = ['correlation', 'stratification', 'planning'];

export const protectedCategories: readonly ProtectedCategory[] = [
	{
		id: 'race',
		stems: ['racial', 'расов', 'раса', 'расы', 'расе', 'расу', 'расой'],
		words: ['race', 'races'],
		refusedIn: everywhere,
		values: ['white', 'black', 'asian', 'caucasian', 'hispanic', 'latino', 'latina', 'mixed-race', 'biracial']
	},
	{
		id: 'ethnicity',
		stems: ['ethnic', 'nationality', 'этнич', 'этнос', 'националь'],
		words: [],
		refusedIn: everywhere
	},
	{
		id: 'political-views',
		stems: ['politic', 'leaning', 'партий', 'партия', 'партии', 'политич', 'взгляд'],
		words: ['party', 'parties', 'vote-intention'],
		refusedIn: everywhere,
		values: [
			'left',
			'right',
			'centre',
			'center',
			'centrist',
			'left-wing',
			'right-wing',
			'centre-left',
			'centre-right',
			'liberal',
			'conservative',
			'socialist',
			'communist',
			'libertarian',
			'anarchist',
			'nationalist',
			'progressive',
			'democrat',
			'republican',
			'labour',
			'tory',
			'green',
			'левые',
			'правые',
			'либерал',
			'консерватор',
			'коммунист',
			'социалист'
		]
	},
	{
		id: 'sexual-orientation',
		stems: ['orientation', 'sexuality', 'ориентац', 'сексуальн'],
		words: ['lgbt', 'lgbtq'],
		refusedIn: everywhere,
		values: [
			'gay',
			'lesbian',
			'bisexual',
			'heterosexual',
			'homosexual',
			'straight',
			'queer',
			'asexual',
			'pansexual'
		]
	},
	{
		id: 'religion',
		stems: ['religio', 'faith', 'confession', 'религи', 'вероисповед', 'конфесс'],
		words: [],
		refusedIn: everywhere,
		values: [
			'christian',
			'muslim',
			'jewish',
			'hindu',
			'buddhist',
			'atheist',
			'catholic',
			'protestant',
			'orthodox'
		]
	},
	{
		id: 'sex-gender',
		stems: ['gender', 'гендер'],
		words: ['sex', 'пол', 'male', 'female', 'мужчин', 'женщин'],
		refusedIn: ['correlation']
	}
];

/** Splits a name into lower-case words: camelCase, kebab, snake, paths and dots all separate. */
function wordsOf(name: string): string[] {
	return name
		.replace(/([a-zа-яё])([A-ZА-ЯЁ])/gu, '$1 $2')
		.toLowerCase()
		.split(/[^a-zа-яё0-9]+/u)
		.filter(Boolean);
}

/** The protected category a name (series id, tag, survey field, stratification key) denotes for `use`, or undefined. */
export function protectedCategoryOf(name: string, use: ProtectedUse): ProtectedCategory | undefined {
	const words = wordsOf(name);
	const joined = words.join('');
	return protectedCategories.find(
		(c) =>
			c.refusedIn.includes(use) &&
			(c.words.some((w) => words.includes(w) || (w.includes('-') && name.toLowerCase().includes(w))) ||
				c.stems.some((s) => joined.includes(s)))
	);
}

/**
 * The protected category a category denotes by its values, for `use`: when at least two of its
 * values (or its only value) are words of the same protected category. One word alone is not
 * enough (`collar: white, blue` is not race), two are (`group: white, black, asian` is).
 */
export function protectedCategoryOfValues(
	values: readonly string[],
	use: ProtectedUse
): ProtectedCategory | undefined {
	const words = values.map((v) => v.trim().toLowerCase());
	return protectedCategories.find((c) => {
		if (!c.refusedIn.includes(use) || !c.values) return false;
		const hits = words.filter((w) => c.values!.includes(w)).length;
		return hits >= Math.min(2, words.length) && hits > 0;
	});
}
