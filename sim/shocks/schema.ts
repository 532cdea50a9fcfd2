import * as v from 'valibot';

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'should be a lower-case id (a-z, 0-9, -)'));
const Share = v.pipe(v.number(), v.minValue(0, 'should be ≥ 0'), v.maxValue(1, 'should be ≤ 1'));
const Day = v.pipe(v.number(), v.integer('should be a whole day'), v.minValue(0, 'should be ≥ 0'));
const Days = v.pipe(
	v.number(),
	v.integer('should be a whole number of days'),
	v.minValue(1, 'should be ≥ 1')
);

/** Fields every shock has: an optional label, the first day (0 = the run's first day) and a duration in days. */
const timing = { id: v.optional(v.pipe(v.string(), v.nonEmpty())), start: Day, days: Days };

export const Shock = v.variant(
	'kind',
	[
		v.strictObject({
			kind: v.literal('capacity-loss'),
			...timing,
			region: v.optional(Id),
			resource: v.optional(Id),
			source: v.optional(v.picklist(['solar', 'wind', 'hydro', 'coal', 'gas', 'nuclear'])),
			fraction: Share
		}),
		v.strictObject({
			kind: v.literal('stock-loss'),
			...timing,
			days: v.optional(Days, 1),
			region: v.optional(Id),
			resource: Id,
			fraction: Share
		}),
		v.strictObject({
			kind: v.literal('demand-surge'),
			...timing,
			region: v.optional(Id),
			resource: Id,
			factor: v.pipe(v.number(), v.minValue(0, 'should be ≥ 0'), v.maxValue(100, 'should be ≤ 100'))
		}),
		v.strictObject({
			kind: v.literal('population-movement'),
			...timing,
			from: Id,
			to: Id,
			share: Share,
			returns: v.optional(v.boolean(), true)
		}),
		v.strictObject({ kind: v.literal('arc-closure'), ...timing, arc: v.pipe(v.string(), v.nonEmpty()) }),
		v.strictObject({ kind: v.literal('sensor-outage'), ...timing, region: v.optional(Id), fraction: Share }),
		v.strictObject({ kind: v.literal('quarantine'), ...timing, region: v.optional(Id), share: Share }),
		v.strictObject({ kind: v.literal('survival-mode'), ...timing }),
		v.strictObject({ kind: v.literal('ecosystem-damage'), ...timing, region: Id })
	],
	'kind should be capacity-loss, stock-loss, demand-surge, population-movement, arc-closure, sensor-outage, quarantine, survival-mode or ecosystem-damage'
);

/** A shocks file: `{ "version": 1, "shocks": [ ... ] }`. */
export const ShocksFile = v.strictObject({ version: v.literal(1), shocks: v.array(Shock) });
