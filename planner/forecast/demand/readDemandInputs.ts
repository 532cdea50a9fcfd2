import type { SeriesFilter, TelemetryStore } from '../../../data/telemetry/types.js';
import { readSeriesGrid } from '../../correlation/readSeriesGrid.js';
import type { SeriesGuard } from '../../correlation/types.js';
import type { SiteDemandInput } from '../hierarchy/types.js';

const DAY = 86_400_000;

/**
 * Daily consumption per site and resource through the TelemetryStore port (readings summed per day; a silent day
 * stays missing, and the forecast interpolates inside the history and says so). Regional and federal totals are
 * made from these by `reconciledDemandAdjustments`. Protected series, by name or lineage, are refused (see readSeriesGrid).
 */
export async function readDemandInputs(
	store: TelemetryStore,
	filter: Omit<SeriesFilter, 'quantity'>,
	from: number,
	to: number,
	guard: SeriesGuard
): Promise<SiteDemandInput[]> {
	const grid = await readSeriesGrid(
		store,
		{ ...filter, quantity: 'consumption' },
		from,
		to,
		DAY,
		'sum',
		guard
	);
	const sites = new Map<string, SiteDemandInput & { dailyConsumption: number[] }>();
	for (const s of grid.series) {
		const key = `${s.key.region}\u0000${s.key.site}\u0000${s.key.resource}`;
		const g = sites.get(key) ?? {
			region: s.key.region,
			site: s.key.site,
			resource: s.key.resource,
			dailyConsumption: grid.starts.map(() => 0)
		};
		// A site may report through several gateways: their readings add up.
		s.values.forEach((v, i) => (g.dailyConsumption[i]! += v));
		sites.set(key, g);
	}
	return [...sites.values()];
}
