import { detectRegimeChanges } from '../../../../planner/anomaly/detectRegimeChanges.js';
import { analyseRelations } from '../../../../planner/correlation/analyseRelations.js';
import { explainRelation } from '../../../../planner/correlation/explainRelation.js';
import { forecastSeries } from '../../../../planner/forecast/forecastSeries.js';
import type { Locale } from '../../i18n/types.js';
import { unitName } from '../../i18n/unitName.js';
import { correlationMatrix } from '../charts/correlationMatrix.js';
import { seriesChart } from '../charts/seriesChart.js';
import type { AppContext } from '../context.js';
import { lineageOf } from '../../../../data/reference/lineageOf.js';
import { regionSeries } from './regionSeries.js';
import type { Explorer } from './types.js';

const DAY = 86_400_000;
/** The Correlation Center's window in the loop: eight weeks of daily windows, two weeks ahead, a weekly season. */
const HISTORY_DAYS = 56;
const HORIZON = 14;
const PERIOD = 7;

const quantityNames: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
	ru: {
		stock: 'запас',
		consumption: 'потребление',
		production: 'производство',
		inflow: 'приток',
		outflow: 'отток',
		capacity: 'ёмкость'
	},
	en: {
		stock: 'stock',
		consumption: 'consumption',
		production: 'production',
		inflow: 'inflow',
		outflow: 'outflow',
		capacity: 'capacity'
	}
};

/**
 * The explorer for `region` (default: the first region) and series `id` (default: its first):
 * daily windows of the last eight weeks up to the app's clock, the Correlation Center's forecast with
 * its interval band, its regime changes, and the correlations among the region's series (the same
 * functions, defaults and bar as `resourceos analyse`).
 */
export async function explorerView(
	app: AppContext,
	query: { readonly region: string | null; readonly series: string | null },
	locale: Locale
): Promise<Explorer> {
	const { world, catalogue } = app.reference;
	const regions = world.regions.map((r) => ({ id: r.id, name: r.name[locale] }));
	const region = regions.find((r) => r.id === query.region) ?? regions[0]!;
	const to = Math.floor(app.now() / DAY) * DAY;
	const from = to - HISTORY_DAYS * DAY;
	const { starts, series } = await regionSeries(
		app.telemetry,
		region.id,
		from,
		to,
		DAY,
		lineageOf(app.reference)
	);
	const resourceOf = (id: string) => catalogue.resources.find((r) => r.id === id);
	const nameOf = (s: { resource: string; quantity: string }) =>
		`${resourceOf(s.resource)?.name[locale] ?? s.resource}: ${quantityNames[locale][s.quantity] ?? s.quantity}`;
	const names = new Map(series.map((s) => [s.id, nameOf(s)]));
	const picked = series.find((s) => s.id === query.series) ?? series[0];
	let chosen: Explorer['chosen'] = null;
	if (picked) {
		const forecast = forecastSeries(picked.values, { period: PERIOD, horizon: HORIZON, nonNegative: true });
		const regimes = detectRegimeChanges(picked.values, {}, starts);
		const changes = regimes.status === 'ok' ? regimes.changes : [];
		chosen = {
			id: picked.id,
			name: nameOf(picked),
			unit: unitName(resourceOf(picked.resource)?.unit ?? '', locale),
			chart: seriesChart({
				starts,
				values: picked.values,
				stepMs: DAY,
				forecast: forecast.status === 'ok' ? forecast : null,
				changes: changes.map((c) => ({ time: c.time ?? starts[c.index]!, kind: c.kind }))
			}),
			forecast:
				forecast.status === 'ok'
					? { status: 'ok', method: forecast.method, level: forecast.level, mase: forecast.scores[0]!.mase }
					: forecast,
			regimes:
				regimes.status === 'ok'
					? {
							status: 'ok',
							changes: changes.map((c) => ({
								kind: c.kind,
								date: new Date(c.time ?? starts[c.index]!).toISOString().slice(0, 10),
								probability: c.probability,
								levelBefore: c.levelBefore,
								levelAfter: c.levelAfter
							}))
						}
					: regimes
		};
	}
	const report = series.length > 1 ? analyseRelations(series, to, { period: PERIOD }) : null;
	return {
		regions,
		region,
		series: series.map((s) => ({ id: s.id, name: nameOf(s) })),
		chosen,
		matrix:
			report && report.relations.length > 0
				? correlationMatrix(
						series.map((s) => s.id),
						report.relations,
						names
					)
				: null,
		significant: (report?.relations ?? [])
			.filter((r) => r.significant)
			.map((r) => ({
				a: names.get(r.a) ?? r.a,
				b: names.get(r.b) ?? r.b,
				lag: r.lag,
				explanation: explainRelation(r, report!.options, locale, (id) => names.get(id) ?? id)
			})),
		refused: [
			...(query.region !== null && region.id !== query.region
				? [{ field: 'region' as const, value: query.region }]
				: []),
			...(query.series !== null && picked?.id !== query.series
				? [{ field: 'series' as const, value: query.series }]
				: [])
		],
		from: new Date(from).toISOString().slice(0, 10),
		to: new Date(to).toISOString().slice(0, 10)
	};
}
