import * as v from 'valibot';

/** Longest name and unit, and the characters of a name (RFC 8428 §4.5.1); `isPlainPack` checks the same. */
export const NAME_MAX = 128;
export const UNIT_MAX = 16;
export const NAME_PATTERN = /^[A-Za-z0-9:./_-]*$/;

const Name = v.pipe(
	v.string('should be a string'),
	v.maxLength(NAME_MAX, `should be at most ${NAME_MAX} characters`),
	v.regex(NAME_PATTERN, 'should use only letters, digits and : . / _ - (RFC 8428 §4.5.1)')
);
const Unit = v.pipe(
	v.string('should be a string'),
	v.maxLength(UNIT_MAX, `should be at most ${UNIT_MAX} characters`)
);
const Finite = v.pipe(v.number('should be a finite number'), v.finite('should be a finite number'));
const numericOnly = (key: string) =>
	v.check((r: Record<string, unknown>) => !(key in r), `${key}: only numeric values (v) are accepted`);

/**
 * One SenML record (RFC 8428 §4): base fields `bn bt bu bv bver`, regular fields `n u v t`, plus our
 * `seq` (the gateway's message counter) on the first record. Unknown fields are ignored, as §4.4
 * allows, except names ending in `_`, which a receiver must understand or refuse.
 */
export const SenmlRecord = v.pipe(
	v.looseObject({
		bn: v.optional(Name),
		bt: v.optional(Finite),
		bu: v.optional(Unit),
		bv: v.optional(Finite),
		bver: v.optional(v.pipe(v.number(), v.integer('should be an integer'))),
		n: v.optional(Name),
		u: v.optional(Unit),
		v: v.optional(Finite),
		t: v.optional(Finite),
		seq: v.optional(
			v.pipe(
				v.number('should be a number'),
				v.integer('should be an integer'),
				v.minValue(0, 'should be ≥ 0'),
				v.maxValue(Number.MAX_SAFE_INTEGER, 'should be a safe integer')
			)
		)
	}),
	numericOnly('vs'),
	numericOnly('vb'),
	numericOnly('vd'),
	v.check(
		(r) => !Object.keys(r).some((k) => k.endsWith('_')),
		'has a must-understand field (name ending in _) this receiver does not know'
	)
);

/** A SenML pack: a non-empty array of records; the first carries `seq`. */
export const senmlPack = (maxRecords: number) =>
	v.pipe(
		v.array(SenmlRecord, 'should be a SenML array of records'),
		v.minLength(1, 'should hold at least one record'),
		v.maxLength(maxRecords, `should hold at most ${maxRecords} records`),
		v.check(
			(pack) => pack[0]?.seq !== undefined,
			'the first record should carry seq, the gateway message counter'
		)
	);

export type SenmlPack = v.InferOutput<ReturnType<typeof senmlPack>>;
