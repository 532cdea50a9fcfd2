import * as v from 'valibot';
import { ShockSchema } from '../../sim/index.js';

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'should be a lower-case id (a-z, 0-9, -)'));
const Share = v.pipe(v.number(), v.minValue(0, 'should be ≥ 0'), v.maxValue(1, 'should be ≤ 1'));
const Text = v.strictObject({ en: v.pipe(v.string(), v.nonEmpty()), ru: v.pipe(v.string(), v.nonEmpty()) });

export const Criterion = v.variant(
	'kind',
	[
		/** Against the same seed without the shocks: no region's coverage of these resources may fall by more than `max`. */
		v.strictObject({
			kind: v.literal('coverage-drop'),
			resources: v.pipe(v.array(Id), v.nonEmpty()),
			max: Share
		}),
		/** Every region keeps at least `min` coverage of these resources over the run. */
		v.strictObject({
			kind: v.literal('min-coverage'),
			resources: v.pipe(v.array(Id), v.nonEmpty()),
			regions: v.optional(v.array(Id)),
			min: Share
		}),
		/** Shortfall person-days may grow by at most this share over the unshocked run. */
		v.strictObject({
			kind: v.literal('shortfall-increase'),
			max: v.pipe(v.number(), v.minValue(0, 'should be ≥ 0'))
		}),
		/** A sensor outage shows in the readings (gateways missing) within this many hours of its start. */
		v.strictObject({
			kind: v.literal('outage-visible'),
			withinHours: v.pipe(v.number(), v.integer(), v.minValue(1, 'should be ≥ 1'))
		})
	],
	'kind should be coverage-drop, min-coverage, shortfall-increase or outage-visible'
);

/** A named stress test: shocks, how long to run, and success criteria (the domain brief's where it gives them). */
export const StressCase = v.strictObject({
	version: v.literal(1),
	id: Id,
	title: Text,
	/** Where the case and its criteria come from, in words. */
	source: v.pipe(v.string(), v.nonEmpty()),
	days: v.pipe(v.number(), v.integer(), v.minValue(1)),
	stepHours: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24)), 24),
	shocks: v.array(ShockSchema),
	criteria: v.pipe(v.array(Criterion), v.nonEmpty())
});
