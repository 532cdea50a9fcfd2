import type { InputIssue } from '../../data/schema/index.js';
import type { CompiledWorld } from '../world/types.js';
import type { Shock } from './types.js';

/** Checks that shocks name regions, resources and arcs of this world; one issue per bad reference. */
export function checkShocks(shocks: readonly Shock[], world: CompiledWorld, path = 'shocks'): InputIssue[] {
	const issues: InputIssue[] = [];
	const region = (i: number, key: string, id: string | undefined) => {
		if (id !== undefined && !world.regionIndex.has(id))
			issues.push({ path: `${path}.${i}.${key}`, expected: 'should be a region of the world', received: id });
	};
	const resource = (i: number, id: string | undefined) => {
		if (id !== undefined && !world.resourceIndex.has(id))
			issues.push({
				path: `${path}.${i}.resource`,
				expected: 'should be a resource of the catalogue',
				received: id
			});
	};
	shocks.forEach((shock, i) => {
		switch (shock.kind) {
			case 'capacity-loss':
			case 'stock-loss':
			case 'demand-surge':
				region(i, 'region', shock.region);
				resource(i, shock.resource);
				break;
			case 'population-movement':
				region(i, 'from', shock.from);
				region(i, 'to', shock.to);
				if (shock.from === shock.to)
					issues.push({ path: `${path}.${i}.to`, expected: 'should differ from `from`', received: shock.to });
				break;
			case 'arc-closure':
				if (!world.arcIndex.has(shock.arc))
					issues.push({
						path: `${path}.${i}.arc`,
						expected: 'should be an arc of the world',
						received: shock.arc
					});
				break;
			case 'sensor-outage':
			case 'quarantine':
			case 'ecosystem-damage':
				region(i, 'region', shock.region);
				break;
			case 'survival-mode':
				break;
		}
	});
	return issues;
}
