import * as v from 'valibot';

/** A flag holding a number, e.g. `--rate 100`; out of range or not a number is named with its value. */
export function numberFlag(options: { min?: number; max?: number; integer?: boolean } = {}) {
	const { min = -Infinity, max = Infinity, integer = false } = options;
	return v.pipe(
		v.string('should have a value'),
		v.check((s) => s.trim() !== '' && Number.isFinite(Number(s)), 'should be a number'),
		v.transform(Number),
		v.check((n) => !integer || Number.isInteger(n), 'should be a whole number'),
		v.check((n) => n >= min && n <= max, `should be from ${min} to ${max}`)
	);
}
