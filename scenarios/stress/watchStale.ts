import { staleSeriesIn } from '../../data/telemetry/findStaleSeries.js';
import type { Reading, TelemetryStore } from '../../data/telemetry/types.js';
import type { Shock } from '../../sim/index.js';

const HOUR = 3_600_000;

/** A sensor outage as the stress runner times it. */
type Outage = Extract<Shock, { kind: 'sensor-outage' }>;

/**
 * Times manual control as the ingest would see it: after each written batch from the outage on,
 * asks the store which series are stale (silent for 3 reporting intervals, `findStaleSeries`) and
 * notes the hours until at least half of the series the outage is expected to silence are flagged.
 * Half, not one: a single reading lost at random just before the outage would flag one series early.
 */
export function watchStale(store: TelemetryStore, outage: Outage, outageMs: number, intervalMs: number) {
	const filter = outage.region ? { region: outage.region } : {};
	let before = 0;
	let expected = 0;
	let hours = Infinity;
	return {
		/** Hours from the outage's start until the ingest flagged it; Infinity while it has not. */
		hours: () => hours,
		async afterWrite(batch: readonly Reading[]) {
			const now = Math.max(...batch.map((r) => r.time));
			if (hours !== Infinity || now < outageMs - intervalMs) return;
			const stale = (await staleSeriesIn(store, filter, () => intervalMs, now)).length;
			// A reading is stamped at the end of its step: one stamped at the outage's start was measured before it.
			if (now <= outageMs) {
				before = stale;
				expected = outage.fraction * (await store.latest(filter)).length;
			}
			// An outage from the first step silences series the ingest never heard of (expected 0): never flagged.
			else if (expected > 0 && stale - before >= expected / 2) hours = (now - outageMs) / HOUR;
		}
	};
}
