import * as v from 'valibot';
import { protectedAttribute } from './protectedAttributes.js';

const count = v.pipe(
	v.number('should be a number'),
	v.integer('should be a whole number'),
	v.minValue(0, 'should be 0 or more')
);
const bound = v.pipe(
	v.strictObject({ min: count, max: count }),
	v.check((b) => b.min <= b.max, 'min should not exceed max')
);

/**
 * A quotas file: `{ "panelSize": 100, "categories": { "region": { "north": { "min": 10, "max": 14 }, ... } } }`.
 * Panels are at most 500 (DOMAIN.md); protected attributes are refused as categories.
 */
export const quotasSchema = v.strictObject({
	panelSize: v.pipe(count, v.minValue(1, 'should be at least 1'), v.maxValue(500, 'should be at most 500')),
	categories: v.pipe(
		v.record(
			v.pipe(
				v.string(),
				v.check(
					(k) => !protectedAttribute(k),
					'is a protected attribute and can never be a stratification category'
				)
			),
			v.pipe(
				v.record(v.string(), bound),
				v.check((r) => Object.keys(r).length > 0, 'should list at least one value')
			)
		),
		v.check((r) => Object.keys(r).length > 0, 'should name at least one category')
	)
});
