import type { InputIssue } from '../schema/index.js';
import { protectedCategories } from './protectedCategories.js';
import type { Catalogue, SurveyField, World } from './types.js';

/** Each resource derived from a survey field whose category may not enter planning, with that field and category. */
function unplannable(catalogue: Catalogue, fields: readonly SurveyField[]): Map<string, string> {
	const refused = new Set(
		protectedCategories.filter((c) => c.refusedIn.includes('planning')).map((c) => c.id)
	);
	const byId = new Map(fields.map((f) => [f.id, f]));
	const out = new Map<string, string>();
	for (const r of catalogue.resources)
		for (const id of r.derivedFrom ?? []) {
			const category = byId.get(id)?.category;
			if (category && refused.has(category) && !out.has(r.id)) out.set(r.id, `${id}: ${category}`);
		}
	return out;
}

/**
 * Checks that a world refers only to resources of the catalogue and regions of its own, and that it neither stores
 * nor produces a resource derived from a survey field of a category that may not enter planning (the planner and the
 * simulation would compute with it).
 */
export function crossCheck(
	world: World,
	catalogue: Catalogue,
	fields: readonly SurveyField[] = []
): InputIssue[] {
	const resources = new Set(catalogue.resources.map((r) => r.id));
	const derived = unplannable(catalogue, fields);
	const regions = new Set(world.regions.map((r) => r.id));
	const issues: InputIssue[] = [];
	const resource = (path: string, id: string) => {
		if (!resources.has(id))
			issues.push({ path, expected: 'should be a resource of the catalogue', received: id });
		const from = derived.get(id);
		if (from)
			issues.push({
				path,
				expected: `should not be derived from a protected survey field (${from}, never in a plan)`,
				received: id
			});
	};
	world.regions.forEach((region, i) => {
		region.production.forEach((p, j) => {
			resource(`regions.${i}.production.${j}.resource`, p.resource);
			p.inputs?.forEach((input, k) =>
				resource(`regions.${i}.production.${j}.inputs.${k}.resource`, input.resource)
			);
		});
		region.storage.forEach((s, j) => resource(`regions.${i}.storage.${j}.resource`, s.resource));
	});
	world.arcs.forEach((arc, i) => {
		for (const end of ['from', 'to'] as const) {
			if (!regions.has(arc[end]))
				issues.push({
					path: `arcs.${i}.${end}`,
					expected: 'should be a region of this world',
					received: arc[end]
				});
		}
		for (const id of Object.keys(arc.carries)) resource(`arcs.${i}.carries.${id}`, id);
	});
	return issues;
}
