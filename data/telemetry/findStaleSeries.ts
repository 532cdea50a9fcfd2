import type { Reading, SeriesKey, TelemetryStore } from './types.js';

/** A series silent for `missedIntervals` expected intervals: when it was last heard, and since when it counts as stale (ms). */
export interface StaleSeries {
	readonly series: SeriesKey;
	readonly lastSeen: number;
	readonly staleSince: number;
}

/**
 * Which of the given latest readings are stale at `now`: silent for more than `missedIntervals`
 * (default 3) expected intervals. Oldest silence first. Pure: pass `store.latest(...)` in, or use
 * `staleSeriesIn`.
 */
export function findStaleSeries(
	latest: readonly Reading[],
	intervalOf: (series: SeriesKey) => number,
	now: number,
	missedIntervals = 3
): StaleSeries[] {
	const stale: StaleSeries[] = [];
	for (const r of latest) {
		const staleSince = r.time + missedIntervals * intervalOf(r);
		if (staleSince <= now)
			stale.push({
				series: {
					region: r.region,
					site: r.site,
					gateway: r.gateway,
					resource: r.resource,
					quantity: r.quantity
				},
				lastSeen: r.time,
				staleSince
			});
	}
	return stale.sort((a, b) => a.lastSeen - b.lastSeen);
}

/** The stale series in a store (any adapter), e.g. for the console or the Correlation Center. */
export async function staleSeriesIn(
	store: TelemetryStore,
	filter: Partial<SeriesKey>,
	intervalOf: (series: SeriesKey) => number,
	now: number
): Promise<StaleSeries[]> {
	return findStaleSeries(await store.latest(filter), intervalOf, now);
}
