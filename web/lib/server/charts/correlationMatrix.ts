import { interpolateRdBu, scaleBand, scaleSequential } from 'd3';
import type { Relation } from '../../../../planner/correlation/types.js';
import { readableInk } from './readableInk.js';
import type { CorrelationMatrix } from './types.js';

const CELL = 40;
const CHAR = 7;

/**
 * Every tested pair, both ways round (the grid is symmetric; the lag is `b` after `a` as reported),
 * coloured from red (r = −1) through white to blue (r = +1); a significant relation (below the
 * Correlation Center's bar after Benjamini–Hochberg) is marked with a star in its cell, so colour is
 * never the only cue.
 */
export function correlationMatrix(
	ids: readonly string[],
	relations: readonly Relation[],
	names: ReadonlyMap<string, string> = new Map()
): CorrelationMatrix {
	const name = (id: string) => names.get(id) ?? id;
	const longest = Math.max(0, ...ids.map((id) => name(id).length));
	const left = Math.ceil(longest * CHAR) + 12;
	const top = Math.ceil(longest * CHAR * Math.SQRT1_2) + 16;
	const band = scaleBand(ids, [0, ids.length * CELL]).padding(0.06);
	const colour = scaleSequential(interpolateRdBu).domain([-1, 1]);
	const cells = relations.flatMap((rel) =>
		[
			[rel.a, rel.b],
			[rel.b, rel.a]
		].map(([row, col]) => {
			const fill = colour(rel.r);
			return {
				x: left + band(col!)!,
				y: top + band(row!)!,
				size: band.bandwidth(),
				fill,
				ink: readableInk(fill),
				a: row!,
				b: col!,
				r: rel.r,
				lag: rel.lag,
				significant: rel.significant
			};
		})
	);
	return {
		width: left + ids.length * CELL + CELL,
		height: top + ids.length * CELL,
		left,
		top,
		labels: ids.map((id) => ({ id, label: name(id), at: band(id)! + band.bandwidth() / 2 })),
		cells
	};
}
