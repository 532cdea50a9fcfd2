import type { SeriesFilter, TelemetryStore } from '../../../data/telemetry/types.js';
import { readSeriesGrid } from '../../correlation/readSeriesGrid.js';
import type { DemandInput } from './types.js';

const DAY = 86_400_000;

/**
 * Daily consumption per region and resource through the TelemetryStore port: readings summed per day and over sites;
 * a day on which any site is silent stays missing (the forecast interpolates inside the history and says so).
 * Protected series are refused (see readSeriesGrid).
 */
export async function readDemandInputs(
	store: TelemetryStore,
	filter: Omit<SeriesFilter, 'quantity'>,
	from: number,
	to: number,
	protectedNames: readonly string[] = []
): Promise<DemandInput[]> {
	const grid = await readSeriesGrid(
		store,
		{ ...filter, quantity: 'consumption' },
		from,
		to,
		DAY,
		'sum',
		protectedNames
	);
	const groups = new Map<string, { region: string; resource: string; values: number[] }>();
	for (const s of grid.series) {
		const key = `${s.key.region}\u0000${s.key.resource}`;
		const g = groups.get(key) ?? {
			region: s.key.region,
			resource: s.key.resource,
			values: grid.starts.map(() => 0)
		};
		s.values.forEach((v, i) => (g.values[i]! += v));
		groups.set(key, g);
	}
	return [...groups.values()].map((g) => ({
		region: g.region,
		resource: g.resource,
		dailyConsumption: g.values
	}));
}
