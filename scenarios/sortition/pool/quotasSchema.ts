import * as v from 'valibot';
import { protectedStratum } from './protectedStratum.js';

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
 * Panels are at most 500 (DOMAIN.md); protected categories are refused, by name or by the meaning of their values.
 */
export const quotasSchema = v.strictObject({
	panelSize: v.pipe(count, v.minValue(1, 'should be at least 1'), v.maxValue(500, 'should be at most 500')),
	categories: v.pipe(
		v.record(
			v.pipe(
				v.string(),
				v.check(
					(k) => !protectedStratum(k),
					(issue) => `${String(issue.input)} ${protectedStratum(String(issue.input))}`
				)
			),
			v.pipe(
				v.record(v.string(), bound),
				v.check((r) => Object.keys(r).length > 0, 'should list at least one value')
			)
		),
		v.check((r) => Object.keys(r).length > 0, 'should name at least one category'),
		// By meaning too: a category whose values are political blocs is political views, whatever its name.
		v.check(
			(r) => !refusedByValues(r),
			(issue) => refusedByValues(issue.input as Record<string, Record<string, unknown>>) ?? ''
		)
	)
});

function refusedByValues(categories: Record<string, Record<string, unknown>>): string | undefined {
	for (const [name, values] of Object.entries(categories)) {
		if (protectedStratum(name)) continue; // refused by name already, with the key's path
		const refused = protectedStratum(name, Object.keys(values));
		if (refused) return `${name} ${refused}`;
	}
	return undefined;
}
