import * as v from 'valibot';
import { ShockSchema } from '../../sim/index.js';

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'should be a lower-case id (a-z, 0-9, -)'));
const Share = v.pipe(v.number(), v.minValue(0, 'should be ≥ 0'), v.maxValue(1, 'should be ≤ 1'));
const Text = v.strictObject({ en: v.pipe(v.string(), v.nonEmpty()), ru: v.pipe(v.string(), v.nonEmpty()) });
const Level = v.picklist(
	['normal', 'yellow', 'red', 'survival'],
	'should be normal, yellow, red or survival'
);
const Day = v.pipe(v.number(), v.integer('should be a whole day'), v.minValue(0, 'should be ≥ 0'));
const Days = v.pipe(
	v.number(),
	v.integer('should be a whole number of days'),
	v.minValue(1, 'should be ≥ 1')
);

export const Criterion = v.variant(
	'kind',
	[
		/** On the worst day inside the window, every region (or `regions`) gets at least `min` of the norm of each resource. */
		v.strictObject({
			kind: v.literal('min-coverage'),
			resources: v.pipe(v.array(Id), v.nonEmpty()),
			regions: v.optional(v.pipe(v.array(Id), v.nonEmpty())),
			min: Share
		}),
		/** The highest threat level of `scope` (a region id or `federation`) inside the window is at least / at most these. */
		v.strictObject({
			kind: v.literal('threat-level'),
			scope: Id,
			atLeast: v.optional(Level),
			atMost: v.optional(Level)
		}),
		/** Hours from a sensor outage's start until the ingest's stale detection flags the silenced series. */
		v.strictObject({
			kind: v.literal('manual-control'),
			withinHours: v.pipe(v.number(), v.minValue(0, 'should be ≥ 0'))
		})
	],
	'kind should be min-coverage, threat-level or manual-control'
);

/** A named stress test: shocks, how long to run, and success criteria (the domain brief's where it gives them). */
export const StressCase = v.strictObject({
	version: v.literal(2),
	id: Id,
	title: Text,
	/** Where the case and its criteria come from, in words; what is assumed where the documents are silent. */
	source: v.pipe(v.string(), v.nonEmpty()),
	days: Days,
	stepHours: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24)), 24),
	/** Days judged (default: from the first shock's start to the last one's end). */
	window: v.optional(v.strictObject({ start: Day, days: Days })),
	/** The auto-council's policy for this case (default `autoCouncilDefaults`); the runner's own settings override it. */
	council: v.optional(
		v.strictObject({
			/** Ethics: strike scenarios leaving a region below this share of a basic norm. */
			ethicsMinCoverage: v.optional(Share),
			/** Panel: contest a round when no scenario's lowest coverage reaches this. */
			contestBelow: v.optional(Share)
		})
	),
	shocks: v.pipe(v.array(ShockSchema), v.nonEmpty()),
	criteria: v.pipe(v.array(Criterion), v.nonEmpty())
});
