import { interpolateRdYlBu, scaleBand, scaleSequential } from 'd3';
import type { CoverageEntry } from '../../../../data/plan/types.js';
import { readableInk } from './readableInk.js';
import type { HeatMap } from './types.js';

const CELL = 44;
const LEFT = 96;
const TOP = 28;

/**
 * Coverage per region (rows) and resource (columns). Colour from red (half the need or less) through
 * yellow to blue (need met): a diverging scheme that stays readable for red-green colour blindness,
 * and every cell also carries its number, so colour is never the only cue.
 */
export function heatMap(coverage: readonly CoverageEntry[]): HeatMap {
	const regions = [...new Set(coverage.map((c) => c.region))].sort();
	const resources = [...new Set(coverage.map((c) => c.resource))].sort();
	const y = scaleBand(regions, [TOP, TOP + regions.length * CELL]).padding(0.06);
	const x = scaleBand(resources, [LEFT, LEFT + resources.length * CELL]).padding(0.06);
	const colour = scaleSequential(interpolateRdYlBu).domain([0.5, 1]).clamp(true);
	return {
		width: LEFT + resources.length * CELL,
		height: TOP + regions.length * CELL,
		rows: regions.map((label) => ({ label, y: y(label)! + y.bandwidth() / 2 })),
		columns: resources.map((label) => ({ label, x: x(label)! + x.bandwidth() / 2 })),
		cells: coverage.map((c) => {
			const fill = colour(c.coverage);
			return {
				x: x(c.resource)!,
				y: y(c.region)!,
				size: x.bandwidth(),
				fill,
				ink: readableInk(fill),
				coverage: c.coverage,
				region: c.region,
				resource: c.resource
			};
		})
	};
}
