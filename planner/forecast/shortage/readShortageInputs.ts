import type { ReferenceData } from '../../../data/reference/types.js';
import type { SeriesFilter, TelemetryStore } from '../../../data/telemetry/types.js';
import { readSeriesGrid } from '../../correlation/readSeriesGrid.js';
import { dailyNeed } from './dailyNeed.js';
import type { ShortageInput } from './types.js';

/** Sums series window by window; a window where any series is missing stays NaN (a silent site is not a zero stock). */
function sumGrid(series: readonly { readonly values: readonly number[] }[], length: number): number[] {
	return Array.from({ length }, (_, i) => series.reduce((a, s) => a + s.values[i]!, 0));
}

/**
 * Reads, through the TelemetryStore port, each region's stock of each resource (the last reading per window, summed
 * over sites) and its consumption (summed per window), on one grid of `stepMs` windows in [from, to).
 * The reference data gives display names, units and the need (population × norm); unknown ids are shown as they are
 * and have no need, so their floor falls back to served consumption. Protected series are refused (see readSeriesGrid).
 */
export async function readShortageInputs(
	store: TelemetryStore,
	filter: Omit<SeriesFilter, 'quantity'>,
	from: number,
	to: number,
	stepMs: number,
	reference: ReferenceData,
	protectedNames: readonly string[] = []
): Promise<ShortageInput[]> {
	const read = (quantity: 'stock' | 'consumption', fn: 'last' | 'sum') =>
		readSeriesGrid(store, { ...filter, quantity }, from, to, stepMs, fn, protectedNames);
	const stock = await read('stock', 'last');
	const consumption = await read('consumption', 'sum');
	const groups = new Map<string, { region: string; resource: string }>();
	for (const s of stock.series)
		groups.set(`${s.key.region}\u0000${s.key.resource}`, { region: s.key.region, resource: s.key.resource });
	const n = stock.starts.length;
	return [...groups.values()].map(({ region, resource }) => {
		const mine = <T extends { key: { region: string; resource: string } }>(list: readonly T[]) =>
			list.filter((s) => s.key.region === region && s.key.resource === resource);
		const used = mine(consumption.series);
		const r = reference.world.regions.find((x) => x.id === region);
		const c = reference.catalogue.resources.find((x) => x.id === resource);
		const need = r && c ? dailyNeed(r.population, c.norm) : null;
		return {
			region: { id: region, name: r?.name ?? { en: region, ru: region } },
			resource: {
				id: resource,
				name: c?.name ?? { en: resource, ru: resource },
				...(c ? { unit: c.unit } : {})
			},
			times: stock.starts,
			stepMs,
			stock: sumGrid(mine(stock.series), n),
			...(used.length > 0 ? { consumption: sumGrid(used, n) } : {}),
			...(need ? { need } : {}),
			...(c?.reserveDays !== undefined ? { reserveDays: c.reserveDays } : {})
		};
	});
}
