import type { CoverageEntry } from '../../../../data/plan/types.js';
import { heatMap } from './heatMap.js';
import type { HeatMap } from './types.js';

/** A scenario's coverage (delivered ÷ need) per region and resource, labelled with `names`: red at half the need or less, blue once it is met. */
export function coverageMap(
	coverage: readonly CoverageEntry[],
	names: ReadonlyMap<string, string> = new Map()
): HeatMap {
	return heatMap(
		coverage.map((c) => ({
			region: c.region,
			resource: c.resource,
			value: c.coverage,
			level: (c.coverage - 0.5) / 0.5
		})),
		names
	);
}
