import { lineageOf } from '../../data/reference/lineageOf.js';
import type { ReferenceData } from '../../data/reference/types.js';
import type { TelemetryStore } from '../../data/telemetry/types.js';
import { readSeriesGrid } from '../../planner/correlation/readSeriesGrid.js';
import { seasonal } from '../../planner/inputs/buildPlanningInput.js';
import type { ForecastAdjustment } from '../../planner/model/types.js';

const DAY = 86_400_000;

/** Sums a grid's series per region × resource, window by window: NaN where any series of the cell is missing (a partial sum would read as a fall). */
function sumByCell(grid: Awaited<ReturnType<typeof readSeriesGrid>>): Map<string, number[]> {
	const sums = new Map<string, number[]>();
	for (const s of grid.series) {
		const key = `${s.key.region}|${s.key.resource}`;
		const sum = sums.get(key) ?? grid.starts.map(() => 0);
		s.values.forEach((v, i) => (sum[i]! += v));
		sums.set(key, sum);
	}
	return sums;
}

/**
 * What the telemetry says of the sites' capacity now, as the planner's production factors: on the last
 * day read, a region whose stock of a good ended below its storage capacity ran its sites at full
 * capacity (they make the day's request plus the room to store, sim/step/stepWorld.ts), so what they
 * made is their capacity; against the reference's seasonal capacity that day, the factor a quarantined
 * work force or a month without sun leaves. A full store says nothing of capacity (the sites may have
 * idled), and no factor is given for it. (A rationed stock that holds still shows it: a fall alone would not.)
 * Needs are not adjusted: people draw up to their quota, so consumption does not show the need.
 */
export function telemetryAdjustments(
	store: TelemetryStore,
	reference: ReferenceData,
	clock: () => number
): () => Promise<readonly ForecastAdjustment[]> {
	// The main job's own reads leave protected series out rather than stop the loop on them.
	const guard = { lineage: lineageOf(reference), leaveOut: true };
	return async () => {
		const to = Math.floor(clock() / DAY) * DAY + DAY;
		const from = to - 4 * DAY;
		const made = sumByCell(
			await readSeriesGrid(store, { quantity: 'production' }, from, to, DAY, 'sum', guard)
		);
		const stock = sumByCell(await readSeriesGrid(store, { quantity: 'stock' }, from, to, DAY, 'last', guard));
		const adjustments: ForecastAdjustment[] = [];
		for (const region of reference.world.regions) {
			for (const resource of new Set(region.production.map((p) => p.resource))) {
				const key = `${region.id}|${resource}`;
				const m = made.get(key);
				const s = stock.get(key);
				if (!m || !s) continue;
				const i = m.findLastIndex((v, j) => Number.isFinite(v) && Number.isFinite(s[j]!));
				const room = region.storage
					.filter((x) => x.resource === resource)
					.reduce((t, x) => t + x.capacity, 0);
				// 3% below full: the sensors' noise (1%) on a full store must not read as room.
				if (i < 0 || !(s[i]! < room * 0.97)) continue;
				const dayStart = from + i * DAY;
				const capacity = region.production
					.filter((p) => p.resource === resource)
					.reduce(
						(t, p) =>
							t +
							p.capacityPerDay *
								seasonal(p.seasonality.amplitude, p.seasonality.peakDayOfYear, dayStart, 0, 1),
						0
					);
				if (capacity > 0)
					adjustments.push({ region: region.id, resource, productionFactor: m[i]! / capacity });
			}
		}
		return adjustments;
	};
}
