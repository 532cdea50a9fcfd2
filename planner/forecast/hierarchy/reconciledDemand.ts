import { demandAdjustments, demandForecastOptions, demandFromForecast } from '../demand/demandAdjustments.js';
import type { DemandInput, DemandOutcome } from '../demand/types.js';
import { forecastSeries } from '../forecastSeries.js';
import type { ForecastOptions } from '../types.js';
import { hierarchyOf } from './hierarchyOf.js';
import { reconcile } from './reconcile.js';
import type { SiteDemandInput } from './types.js';

/** Sums series point by point; a day missing at any part stays missing in the total. */
const sumSeries = (parts: readonly (readonly number[])[]) =>
	parts[0]!.map((_, t) => parts.reduce((a, p) => a + p[t]!, 0));

/**
 * The planner's regional demand factors from forecasts made coherent across site → region → federation: every site,
 * region and the federation is forecast on its own, the forecasts are reconciled (MinT-shrink, see `reconcile`), and
 * each region's factors come from its reconciled forecast, so regional totals add up to the federation's forecast
 * and use what the sites' and the federation's series know. A resource with a node too short to forecast falls back
 * to unreconciled regional forecasts, and says so in the notes.
 */
export function reconciledDemandAdjustments(
	sites: readonly SiteDemandInput[],
	periods: number,
	periodDays: number,
	options: Partial<ForecastOptions> = {}
): DemandOutcome[] {
	const out: DemandOutcome[] = [];
	for (const resource of [...new Set(sites.map((s) => s.resource))].sort()) {
		const own = sites.filter((s) => s.resource === resource);
		const h = hierarchyOf(own);
		const bottom = h.nodes.slice(1 + new Set(h.siteRegions).size);
		const bySite = new Map(own.map((s) => [`site:${s.region}/${s.site}`, s.dailyConsumption]));
		const siteSeries = bottom.map((node) => bySite.get(node)!);
		const series = h.summing.map((row) => sumSeries(siteSeries.filter((_, j) => row[j] === 1)));
		const regions = [...new Set(h.siteRegions)];
		const regionInputs: DemandInput[] = regions.map((region, i) => ({
			region,
			resource,
			dailyConsumption: series[1 + i]!
		}));
		const o = demandForecastOptions(periods, periodDays, options);
		const base = series.map((y) => forecastSeries(y, o));
		const short = h.nodes.filter((_, i) => base[i]!.status !== 'ok');
		if (short.length > 0) {
			for (const r of regionInputs) {
				const d = demandAdjustments(r, periods, periodDays, options);
				out.push(
					d.status === 'ok'
						? { ...d, notes: [...d.notes, `not reconciled: too little history at ${short.join(', ')}`] }
						: d
				);
			}
			continue;
		}
		const ok = base.flatMap((f) => (f.status === 'ok' ? [f] : []));
		const r = reconcile(
			h.summing,
			ok.map((f) => f.point),
			ok.map((f) => f.errors.flat())
		);
		const how =
			r.method === 'mint-shrink'
				? `MinT with the error covariance shrunk by λ = ${r.lambda!.toFixed(2)}`
				: 'weighted least squares by error variance';
		regionInputs.forEach((input, i) => {
			const f = ok[1 + i]!;
			// Reconciliation can take a total below 0 where its parts are near 0; consumption cannot be negative.
			const point = r.forecasts[1 + i]!.map((v) => Math.max(0, v));
			out.push(
				demandFromForecast(input, point, periods, periodDays, {
					method: f.method,
					backtestMase: f.scores[0]!.mase,
					notes: [...f.notes, `reconciled with ${bottom.length} sites and the federation total (${how})`]
				})
			);
		});
	}
	return out;
}
