import * as v from 'valibot';

const Id = v.pipe(v.string(), v.nonEmpty('should not be empty'));
const Share = v.pipe(v.number(), v.minValue(0, 'should be ≥ 0'), v.maxValue(1, 'should be ≤ 1'));
const NonNegative = v.pipe(v.number(), v.finite('should be a finite number'), v.minValue(0, 'should be ≥ 0'));

/** A rework reason as reviewers or the panel send it (see `ReworkReason`). */
export const ReworkReasonSchema = v.variant('kind', [
	v.strictObject({ kind: v.literal('norm'), resource: Id, perPersonPerDay: NonNegative }),
	v.strictObject({ kind: v.literal('floor'), resource: Id, days: NonNegative, region: v.optional(Id) }),
	v.strictObject({ kind: v.literal('priority'), region: Id, minCoverage: Share }),
	v.strictObject({ kind: v.literal('avoid-arc'), arc: Id })
]);

/** A rework file: `{"version":1,"reasons":[...]}`. */
export const ReworkFileSchema = v.strictObject({
	version: v.literal(1),
	reasons: v.array(ReworkReasonSchema)
});

/** A forecast file: `{"version":1,"adjustments":[{region, resource, period?, demandFactor?, productionFactor?}]}`. */
export const ForecastFileSchema = v.strictObject({
	version: v.literal(1),
	adjustments: v.array(
		v.strictObject({
			region: Id,
			resource: Id,
			period: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
			demandFactor: v.optional(NonNegative),
			productionFactor: v.optional(NonNegative)
		})
	)
});
