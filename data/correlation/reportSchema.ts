import * as v from 'valibot';

/** JSON writes NaN and ±Infinity as null; a stored p or statistic read back as null means "not a number". */
const NumberOrNull = v.pipe(
	v.nullable(v.number()),
	v.transform((x) => x ?? Number.NaN)
);

/** The fields of a stored relation the next recompute compares against; the rest is kept as stored. */
const StoredRelation = v.looseObject({
	a: v.string(),
	b: v.string(),
	lag: v.pipe(v.number(), v.integer()),
	p: NumberOrNull,
	q: NumberOrNull,
	r: NumberOrNull,
	significant: v.boolean(),
	pByLag: v.array(NumberOrNull)
});

/** A stored correlation report, validated when read back from the file. */
export const StoredReportSchema = v.looseObject({
	at: v.number(),
	options: v.looseObject({ maxLag: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
	tests: v.number(),
	relations: v.array(StoredRelation),
	skipped: v.array(v.object({ id: v.string(), reason: v.string() }))
});
