import type { SeriesFilter, TelemetryStore } from '../../../data/telemetry/types.js';
import { readSeriesGrid } from '../../correlation/readSeriesGrid.js';
import type { Names, ShortageInput } from './types.js';

/** Sums series window by window; a window where any series is missing stays NaN (a silent site is not a zero stock). */
function sumGrid(series: readonly { readonly values: readonly number[] }[], length: number): number[] {
	return Array.from({ length }, (_, i) => series.reduce((a, s) => a + s.values[i]!, 0));
}

/**
 * Reads, through the TelemetryStore port, each region's stock of each resource (the last reading per window, summed
 * over sites) and its consumption (summed per window), on one grid of `stepMs` windows in [from, to).
 * `names` gives display names; unknown ids are shown as they are.
 */
export async function readShortageInputs(
	store: TelemetryStore,
	filter: Omit<SeriesFilter, 'quantity'>,
	from: number,
	to: number,
	stepMs: number,
	names: { readonly regions: ReadonlyMap<string, Names>; readonly resources: ReadonlyMap<string, Names> }
): Promise<ShortageInput[]> {
	const stock = await readSeriesGrid(store, { ...filter, quantity: 'stock' }, from, to, stepMs, 'last');
	const consumption = await readSeriesGrid(
		store,
		{ ...filter, quantity: 'consumption' },
		from,
		to,
		stepMs,
		'sum'
	);
	const groups = new Map<string, { region: string; resource: string }>();
	for (const s of stock.series)
		groups.set(`${s.key.region}\u0000${s.key.resource}`, { region: s.key.region, resource: s.key.resource });
	const n = stock.starts.length;
	return [...groups.values()].map(({ region, resource }) => {
		const mine = <T extends { key: { region: string; resource: string } }>(list: readonly T[]) =>
			list.filter((s) => s.key.region === region && s.key.resource === resource);
		const used = mine(consumption.series);
		return {
			region: { id: region, name: names.regions.get(region) ?? { en: region, ru: region } },
			resource: { id: resource, name: names.resources.get(resource) ?? { en: resource, ru: resource } },
			times: stock.starts,
			stepMs,
			stock: sumGrid(mine(stock.series), n),
			...(used.length > 0 ? { consumption: sumGrid(used, n) } : {})
		};
	});
}
