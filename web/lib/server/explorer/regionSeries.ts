import type { Lineage } from '../../../../data/reference/types.js';
import type { Quantity, TelemetryStore } from '../../../../data/telemetry/index.js';
import { readSeriesGrid } from '../../../../planner/correlation/readSeriesGrid.js';

/** A region's series of one resource and quantity, summed over its sites, on daily windows. */
export interface RegionSeries {
	/** `resource/quantity`, e.g. `water/consumption`. */
	readonly id: string;
	readonly resource: string;
	readonly quantity: Quantity;
	/** NaN where any site was silent: a missing reading is not a zero. */
	readonly values: readonly number[];
}

/**
 * Every series of `region` in [from, to), windows of `stepMs`, each site's mean per window summed over
 * the sites that report the same resource and quantity (through the Correlation Center's own reader,
 * so protected series are refused the same way, by name and by `lineage`).
 */
export async function regionSeries(
	store: TelemetryStore,
	region: string,
	from: number,
	to: number,
	stepMs: number,
	lineage: Lineage
): Promise<{ readonly starts: readonly number[]; readonly series: readonly RegionSeries[] }> {
	const grid = await readSeriesGrid(store, { region }, from, to, stepMs, 'mean', { lineage });
	const sums = new Map<string, { resource: string; quantity: Quantity; values: number[] }>();
	for (const s of grid.series) {
		const id = `${s.key.resource}/${s.key.quantity}`;
		const sum = sums.get(id) ?? {
			resource: s.key.resource,
			quantity: s.key.quantity,
			values: grid.starts.map(() => 0)
		};
		s.values.forEach((v, i) => (sum.values[i]! += v));
		sums.set(id, sum);
	}
	return {
		starts: grid.starts,
		series: [...sums.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, s]) => ({ id, ...s }))
	};
}
