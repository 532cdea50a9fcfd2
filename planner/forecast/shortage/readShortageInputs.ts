import { lineageOf } from '../../../data/reference/lineageOf.js';
import type { ReferenceData } from '../../../data/reference/types.js';
import type { SeriesFilter, TelemetryStore } from '../../../data/telemetry/types.js';
import { readSeriesGrid } from '../../correlation/readSeriesGrid.js';
import type { SeriesGuard } from '../../correlation/types.js';
import { dailyNeed } from './dailyNeed.js';
import { standInsOf, withStandIns } from '../../../data/plan/standIns.js';
import { flowsWithStandIns } from './standIns.js';
import type { ShortageInput } from './types.js';

/** Sums series window by window; a window where any series is missing stays NaN (a silent site is not a zero stock). */
function sumGrid(series: readonly { readonly values: readonly number[] }[], length: number): number[] {
	return Array.from({ length }, (_, i) => series.reduce((a, s) => a + s.values[i]!, 0));
}

/**
 * Reads, through the TelemetryStore port, each region's stock of each resource (the last reading per window, summed
 * over sites) and its consumption (summed per window), on one grid of `stepMs` windows in [from, to).
 * The reference data gives display names, units and the need (population × norm); unknown ids are shown as they are
 * and have no need, so their floor falls back to served consumption. Protected series are refused (see readSeriesGrid),
 * by name and by the lineage the reference declares.
 * A good's stand-ins (by nutrient, wheat and quinoa for food's kcal) count in its stock as far as the world would
 * hand them out (`withStandIns`), and what is eaten of them only as this good in its consumption: food's floor is
 * a reserve of something to eat, and a region with a granary full of wheat is not short of it.
 */
export async function readShortageInputs(
	store: TelemetryStore,
	filter: Omit<SeriesFilter, 'quantity'>,
	from: number,
	to: number,
	stepMs: number,
	reference: ReferenceData,
	guarded: Omit<SeriesGuard, 'lineage'> = {}
): Promise<ShortageInput[]> {
	const guard = { ...guarded, lineage: lineageOf(reference) };
	// A filter on one good reads its stand-ins' series too: they are part of its stock.
	const asked = filter.resource;
	const resources = asked
		? [asked, ...standInsOf(reference.catalogue, asked).map((of) => of.id)]
		: [undefined];
	const read = async (quantity: 'stock' | 'consumption', fn: 'last' | 'sum') => {
		const grids = await Promise.all(
			resources.map((resource) =>
				readSeriesGrid(store, { ...filter, resource, quantity }, from, to, stepMs, fn, guard)
			)
		);
		return { starts: grids[0]!.starts, series: grids.flatMap((g) => g.series) };
	};
	const stock = await read('stock', 'last');
	const consumption = await read('consumption', 'sum');
	const groups = new Map<string, { region: string; resource: string }>();
	for (const s of stock.series)
		if (!asked || s.key.resource === asked)
			groups.set(`${s.key.region}\u0000${s.key.resource}`, {
				region: s.key.region,
				resource: s.key.resource
			});
	const n = stock.starts.length;
	return [...groups.values()].map(({ region, resource }) => {
		const mine = <T extends { key: { region: string; resource: string } }>(
			list: readonly T[],
			id = resource
		) => list.filter((s) => s.key.region === region && s.key.resource === id);
		const used = mine(consumption.series);
		const r = reference.world.regions.find((x) => x.id === region);
		const c = reference.catalogue.resources.find((x) => x.id === resource);
		const need = r && c ? dailyNeed(r.population, c.norm) : null;
		const held = standInsOf(reference.catalogue, resource).filter(
			(of) => mine(stock.series, of.id).length > 0
		);
		const grid = (list: typeof stock.series, id: string) => sumGrid(mine(list, id), n);
		const own = grid(stock.series, resource);
		const standStocks = held.map((of) => ({ of, values: grid(stock.series, of.id) }));
		const eaten = held
			.filter((of) => mine(consumption.series, of.id).length > 0)
			.map((of) => ({ of, values: grid(consumption.series, of.id) }));
		const eatenAll = flowsWithStandIns(
			used.length > 0 ? grid(consumption.series, resource) : undefined,
			eaten
		);
		const name = c?.name ?? { en: resource, ru: resource };
		const standNames = held.map((of) => reference.catalogue.resources.find((x) => x.id === of.id)!.name);
		const lowerAll = (key: 'en' | 'ru') => standNames.map((x) => x[key].toLowerCase()).join(', ');
		return {
			region: { id: region, name: r?.name ?? { en: region, ru: region } },
			resource: {
				id: resource,
				// The amounts include the stand-ins, so the name says so.
				name:
					held.length === 0
						? name
						: { en: `${name.en} (with ${lowerAll('en')})`, ru: `${name.ru} (с учётом: ${lowerAll('ru')})` },
				...(c ? { unit: c.unit } : {})
			},
			times: stock.starts,
			stepMs,
			stock: own.map((v, i) =>
				withStandIns(
					v,
					standStocks.map((s) => ({ of: s.of, stock: s.values[i]! }))
				)
			),
			...(eatenAll ? { consumption: eatenAll } : {}),
			...(need ? { need } : {}),
			...(c?.reserveDays !== undefined ? { reserveDays: c.reserveDays } : {})
		};
	});
}
