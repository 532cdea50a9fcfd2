import type { SeriesFilter, TelemetryStore } from '../../data/telemetry/types.js';
import { analyseRelations } from './analyseRelations.js';
import { readSeriesGrid } from './readSeriesGrid.js';
import { runScheduledRecompute, type RecomputeOutcome } from './recompute.js';
import type { Lineage } from '../../data/reference/types.js';
import type { CorrelationOptions, CorrelationReportStore } from './types.js';

/** What to recompute: the telemetry read over [now − lookbackMs, now) in windows of `windowMs`. */
export interface RecomputeRequest {
	readonly telemetry: TelemetryStore;
	readonly reports: CorrelationReportStore;
	/** The time of this run, ms since the epoch (the caller's clock). */
	readonly now: number;
	readonly lookbackMs: number;
	readonly windowMs: number;
	/** Where each series came from (`lineageOf` the reference): one derived from a protected survey field is refused. */
	readonly lineage: Lineage;
	readonly filter?: SeriesFilter;
	readonly options?: Partial<CorrelationOptions>;
	/** Run even if the last report is younger than `recomputeEveryDays`. */
	readonly force?: boolean;
}

/**
 * The weekly recompute as one call for a scheduler (the main job) or the `analyse recompute` command: reads the last
 * stored report, and when due reads the telemetry, analyses it, compares with that report at its reported lags, and
 * stores the new report with its changes. Protected series are refused before anything is analysed.
 */
export async function recomputeAndStore(request: RecomputeRequest): Promise<RecomputeOutcome> {
	const previous = await request.reports.latest();
	const outcome = await runScheduledRecompute({
		now: request.now,
		previous,
		...(request.options ? { options: request.options } : {}),
		...(request.force ? { force: true } : {}),
		analyse: async (at) => {
			const grid = await readSeriesGrid(
				request.telemetry,
				request.filter ?? {},
				at - request.lookbackMs,
				at,
				request.windowMs,
				'mean',
				{ lineage: request.lineage, protectedNames: request.options?.protectedAttributes ?? [] }
			);
			return analyseRelations(grid.series, at, request.options);
		}
	});
	if (outcome.status === 'recomputed')
		await request.reports.save({ report: outcome.report, changes: outcome.changes });
	return outcome;
}
