import type { Aggregate, SeriesFilter, SeriesKey, TelemetryStore } from '../../data/telemetry/types.js';
import {
	lineageHit,
	ProtectedAttributeError,
	protectedHit,
	refuseProtected,
	type ProtectedHit
} from './protectedAttributes.js';
import type { NamedSeries, SeriesGuard } from './types.js';

/** The id a series gets in analyses: `region/site/gateway/resource/quantity`. */
export const seriesId = (k: SeriesKey): string =>
	`${k.region}/${k.site}/${k.gateway}/${k.resource}/${k.quantity}`;

/** A grid read from the store: window starts (ms) and one series per matching key, NaN where a window had no reading. */
export interface SeriesGrid {
	readonly starts: readonly number[];
	readonly series: readonly (NamedSeries & { readonly key: SeriesKey })[];
	/** Protected series left out of `series` (only with `guard.leaveOut`; otherwise the read is refused). */
	readonly leftOut: readonly ProtectedHit[];
}

/**
 * Reads every series matching `filter` through the TelemetryStore port, combined over windows of `windowMs`
 * aligned to the epoch, onto one shared grid covering [from, to). Missing windows stay NaN (never filled silently).
 * Every mode of the Correlation Center reads through here, so here a protected series is refused with
 * ProtectedAttributeError: by its name (the shared categories, or `guard.protectedNames`) and by its lineage (derived
 * from a protected survey field, whatever its name), before the store is even queried when the filter names one, and
 * otherwise before any number is returned (or, with `guard.leaveOut`, left out of the grid and listed).
 */
export async function readSeriesGrid(
	store: TelemetryStore,
	filter: SeriesFilter,
	from: number,
	to: number,
	windowMs: number,
	fn: Aggregate,
	guard: SeriesGuard
): Promise<SeriesGrid> {
	const protectedNames = guard.protectedNames ?? [];
	refuseProtected(
		Object.values(filter)
			.filter((v): v is string => typeof v === 'string')
			.map((id) => ({ id })),
		protectedNames
	);
	const asked = filter.resource;
	const askedHit =
		asked === undefined ? undefined : lineageHit({ id: asked, key: { resource: asked } }, guard.lineage);
	if (askedHit) throw new ProtectedAttributeError([askedHit]);
	if (!(windowMs > 0)) throw new RangeError(`windowMs must be > 0, got ${windowMs}`);
	const first = Math.floor(from / windowMs) * windowMs;
	const starts: number[] = [];
	for (let s = first; s < to; s += windowMs) starts.push(s);
	const rows = await store.aggregate(filter, from, to, windowMs, fn);
	const series = rows
		.map(({ series: key, windows }) => {
			const values = starts.map(() => Number.NaN);
			for (const w of windows) {
				const i = Math.round((w.start - first) / windowMs);
				if (i >= 0 && i < values.length) values[i] = w.value;
			}
			return { id: seriesId(key), key, values };
		})
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const hitOf = (s: (typeof series)[number]) =>
		protectedHit(s, protectedNames) ?? lineageHit(s, guard.lineage);
	const hits = series.map(hitOf).filter((h) => h !== undefined);
	if (hits.length > 0 && !guard.leaveOut) throw new ProtectedAttributeError(hits);
	return { starts, series: hits.length > 0 ? series.filter((s) => !hitOf(s)) : series, leftOut: hits };
}
