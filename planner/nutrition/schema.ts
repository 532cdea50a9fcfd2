import * as v from 'valibot';

const Id = v.pipe(v.string(), v.nonEmpty('should not be empty'));
const NonNegative = v.pipe(v.number(), v.finite('should be a finite number'), v.minValue(0, 'should be ≥ 0'));

/** A nutrition table file (see `NutritionTable`); `source` says where the figures come from. */
export const NutritionTableSchema = v.strictObject({
	version: v.literal(1),
	source: v.string(),
	nutrients: v.array(
		v.strictObject({
			id: Id,
			unit: Id,
			perPersonPerDay: v.pipe(NonNegative, v.minValue(Number.MIN_VALUE, 'should be > 0')),
			physicalLabourExtra: v.optional(NonNegative),
			perChildExtra: v.optional(NonNegative)
		})
	),
	foods: v.array(v.strictObject({ resource: Id, perUnit: v.record(Id, NonNegative) })),
	defaultMix: v.array(v.strictObject({ resource: Id, perPersonPerDay: NonNegative }))
});
