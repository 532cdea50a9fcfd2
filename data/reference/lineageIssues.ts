import type { InputIssue } from '../schema/index.js';
import { protectedCategoryOf } from './protectedCategories.js';
import type { Catalogue, SurveyField } from './types.js';

/** What the two files get wrong about lineage, each with key paths into its own file. */
export interface LineageIssues {
	readonly surveyFields: InputIssue[];
	readonly resources: InputIssue[];
}

/**
 * Checks the survey fields and the catalogue's `derivedFrom` against each other: field ids are unique, every
 * `derivedFrom` names a field, and a field whose id or name denotes a protected category declares it. That last one
 * is a contradiction, not a style point: a `nationality` field marked null would let its series into every analysis.
 */
export function lineageIssues(catalogue: Catalogue, fields: readonly SurveyField[]): LineageIssues {
	const surveyFields: InputIssue[] = [];
	const seen = new Set<string>();
	fields.forEach((f, i) => {
		if (seen.has(f.id))
			surveyFields.push({
				path: `fields.${i}.id`,
				expected: 'should be unique (a duplicate field id)',
				received: f.id
			});
		seen.add(f.id);
		if (f.category !== null) return;
		const named = [f.id, f.name.en, f.name.ru]
			.map((name) => ({ name, category: protectedCategoryOf(name, 'correlation') }))
			.find((x) => x.category);
		if (named)
			surveyFields.push({
				path: `fields.${i}.category`,
				expected: `should be "${named.category!.id}": the name ${JSON.stringify(named.name)} denotes that protected category, so null contradicts it`,
				received: null
			});
	});
	const resources: InputIssue[] = [];
	catalogue.resources.forEach((r, i) =>
		(r.derivedFrom ?? []).forEach((id, j) => {
			if (!seen.has(id))
				resources.push({
					path: `resources.${i}.derivedFrom.${j}`,
					expected: 'should be a field of the survey fields file',
					received: id
				});
		})
	);
	return { surveyFields, resources };
}
