import {
	protectedCategoryOf,
	protectedCategoryOfValues
} from '../../../data/reference/protectedCategories.js';

/**
 * Why a category may not stratify a panel, or undefined: it names a protected category (race,
 * political views, sexual orientation…, from the one shared list, with its rule for stratification),
 * or its values mean one (`bloc: liberal, conservative`). Gender stays allowed: a quota for it is
 * representation, as citizens' assemblies practise it.
 */
export function protectedStratum(name: string, values: readonly string[] = []): string | undefined {
	const byName = protectedCategoryOf(name, 'stratification');
	if (byName) return `is a protected category (${byName.id}) and can never stratify a panel`;
	const byValues = protectedCategoryOfValues(values, 'stratification');
	if (byValues)
		return `has values (${values.join(', ')}) that denote a protected category (${byValues.id}); it can never stratify a panel`;
	return undefined;
}
