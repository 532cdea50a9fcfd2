import type { ReferenceData } from '../../data/reference/types.js';
import type { TelemetryStore } from '../../data/telemetry/types.js';
import { readSeriesGrid } from '../../planner/correlation/readSeriesGrid.js';
import { seasonal } from '../../planner/inputs/buildPlanningInput.js';
import type { ForecastAdjustment } from '../../planner/model/types.js';

const DAY = 86_400_000;

/** Sums a grid's series per region × resource, window by window (NaN where no series of the cell reported). */
function sumByCell(grid: Awaited<ReturnType<typeof readSeriesGrid>>): Map<string, number[]> {
	const sums = new Map<string, number[]>();
	for (const s of grid.series) {
		const key = `${s.key.region}|${s.key.resource}`;
		const sum = sums.get(key) ?? grid.starts.map(() => NaN);
		s.values.forEach((v, i) => {
			if (Number.isFinite(v)) sum[i] = (Number.isFinite(sum[i]!) ? sum[i]! : 0) + v;
		});
		sums.set(key, sum);
	}
	return sums;
}

/**
 * What the telemetry says of the sites' capacity now, as the planner's production factors: on the last
 * day read in full, a region whose stock of a good fell ran its sites at full capacity (they produce to
 * need and room to store), so what they made is their capacity; against the reference's seasonal
 * capacity that day, the factor a quarantined work force or a month without sun leaves. A stock that
 * held or grew says nothing of capacity (the sites may have idled), and no factor is given for it.
 * Needs are not adjusted: people draw up to their quota, so consumption does not show the need.
 */
export function telemetryAdjustments(
	store: TelemetryStore,
	reference: ReferenceData,
	clock: () => number
): () => Promise<readonly ForecastAdjustment[]> {
	return async () => {
		const to = Math.floor(clock() / DAY) * DAY + DAY;
		const from = to - 4 * DAY;
		const made = sumByCell(await readSeriesGrid(store, { quantity: 'production' }, from, to, DAY, 'sum'));
		const stock = sumByCell(await readSeriesGrid(store, { quantity: 'stock' }, from, to, DAY, 'last'));
		const adjustments: ForecastAdjustment[] = [];
		for (const region of reference.world.regions) {
			for (const resource of new Set(region.production.map((p) => p.resource))) {
				const key = `${region.id}|${resource}`;
				const m = made.get(key);
				const s = stock.get(key);
				if (!m || !s) continue;
				const i = m.findLastIndex(
					(v, j) => j >= 1 && Number.isFinite(v) && Number.isFinite(s[j]!) && Number.isFinite(s[j - 1]!)
				);
				if (i < 1 || !(s[i]! < s[i - 1]!)) continue;
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
