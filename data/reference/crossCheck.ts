import type { InputIssue } from '../schema/index.js';
import type { Catalogue, World } from './types.js';

/** Checks that a world refers only to resources of the catalogue and regions of its own. */
export function crossCheck(world: World, catalogue: Catalogue): InputIssue[] {
	const resources = new Set(catalogue.resources.map((r) => r.id));
	const regions = new Set(world.regions.map((r) => r.id));
	const issues: InputIssue[] = [];
	const resource = (path: string, id: string) => {
		if (!resources.has(id))
			issues.push({ path, expected: 'should be a resource of the catalogue', received: id });
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
