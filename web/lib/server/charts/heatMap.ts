import { interpolateRdYlBu, scaleBand, scaleSequential } from 'd3';
import { readableInk } from './readableInk.js';
import type { HeatCell, HeatMap } from './types.js';

const CELL = 44;
/** Pixels per character of an 11 px label, to make room for the longest one. */
const CHAR = 7;

/**
 * Regions (rows) × resources (columns). Colour by each cell's `level`, from red (0) through yellow to
 * blue (1): a diverging scheme that stays readable for red-green colour blindness, and every cell also
 * carries its number, so colour is never the only cue. Labels are the ids unless `names` has them;
 * column labels are slanted so long names fit over narrow columns.
 */
export function heatMap(cells: readonly HeatCell[], names: ReadonlyMap<string, string> = new Map()): HeatMap {
	const name = (id: string) => names.get(id) ?? id;
	const regions = [...new Set(cells.map((c) => c.region))].sort();
	const resources = [...new Set(cells.map((c) => c.resource))].sort();
	const longest = (ids: readonly string[]) => Math.max(0, ...ids.map((id) => name(id).length));
	const left = Math.max(96, Math.ceil(longest(regions) * CHAR) + 12);
	const top = Math.max(28, Math.ceil(longest(resources) * CHAR * Math.SQRT1_2) + 16);
	const y = scaleBand(regions, [top, top + regions.length * CELL]).padding(0.06);
	const x = scaleBand(resources, [left, left + resources.length * CELL]).padding(0.06);
	const colour = scaleSequential(interpolateRdYlBu).domain([0, 1]).clamp(true);
	return {
		width: left + resources.length * CELL + CELL,
		height: top + regions.length * CELL,
		left,
		top,
		rows: regions.map((id) => ({ id, label: name(id), y: y(id)! + y.bandwidth() / 2 })),
		columns: resources.map((id) => ({ id, label: name(id), x: x(id)! + x.bandwidth() / 2 })),
		cells: cells.map((c) => {
			const fill = colour(c.level);
			return {
				x: x(c.resource)!,
				y: y(c.region)!,
				size: x.bandwidth(),
				fill,
				ink: readableInk(fill),
				value: c.value,
				region: c.region,
				resource: c.resource
			};
		})
	};
}
