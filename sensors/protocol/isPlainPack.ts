import { NAME_MAX, NAME_PATTERN, UNIT_MAX, type SenmlPack } from './senmlSchema.js';

const isName = (x: unknown) => typeof x === 'string' && x.length <= NAME_MAX && NAME_PATTERN.test(x);
const isUnit = (x: unknown) => typeof x === 'string' && x.length <= UNIT_MAX;
const isFinite = (x: unknown) => typeof x === 'number' && Number.isFinite(x);

/** The fields a record may carry on the fast path, each with its check (the schema's, see `senmlPack`). */
const fieldChecks: Readonly<Record<string, (x: unknown) => boolean>> = {
	bn: isName,
	n: isName,
	bu: isUnit,
	u: isUnit,
	bt: isFinite,
	bv: isFinite,
	v: isFinite,
	t: isFinite,
	bver: Number.isInteger,
	seq: (x) => Number.isSafeInteger(x) && (x as number) >= 0
};

/**
 * True when `value` is a SenML pack of the everyday kind that `senmlPack(maxRecords)` accepts
 * unchanged: an array of 1 to `maxRecords` objects holding only known fields with valid values,
 * the first with `seq`. It says nothing about anything else (unknown or must-understand fields,
 * wrong types): those take the schema, which names what is wrong. Checking every message with the
 * schema cost more than the rest of decoding; this costs a few property reads per record.
 */
export function isPlainPack(value: unknown, maxRecords: number): value is SenmlPack {
	if (!Array.isArray(value) || value.length === 0 || value.length > maxRecords) return false;
	for (const record of value) {
		if (typeof record !== 'object' || record === null || Array.isArray(record)) return false;
		for (const key in record) {
			const check = Object.hasOwn(fieldChecks, key) ? fieldChecks[key] : undefined;
			if (!check?.((record as Record<string, unknown>)[key])) return false;
		}
	}
	return (value[0] as { seq?: unknown }).seq !== undefined;
}
