import * as v from 'valibot';

const Amount = v.pipe(v.number(), v.finite('should be a finite number'), v.minValue(0, 'should be ≥ 0'));
const Period = v.pipe(v.number(), v.integer('should be a whole period'), v.minValue(0, 'should be ≥ 0'));
const Name = v.pipe(v.string(), v.nonEmpty('should not be empty'));

/** The `Plan` contract of data/plan/types.ts, for reading a plan file at the edge. */
export const PlanSchema = v.strictObject({
	start: v.pipe(v.string(), v.isoDate('should be a date YYYY-MM-DD')),
	periodDays: v.pipe(v.number(), v.integer(), v.minValue(1, 'should be ≥ 1')),
	periods: v.pipe(v.number(), v.integer(), v.minValue(1, 'should be ≥ 1')),
	quotas: v.array(v.strictObject({ region: Name, resource: Name, perPersonPerDay: Amount })),
	allocations: v.array(v.strictObject({ region: Name, resource: Name, period: Period, amount: Amount })),
	transfers: v.array(v.strictObject({ arc: Name, resource: Name, period: Period, amount: Amount })),
	production: v.array(v.strictObject({ region: Name, resource: Name, period: Period, amount: Amount }))
});
