import * as v from 'valibot';

/** A flag that names something (a file, a folder, a column): text, not empty; refused as `should name <what>`. */
export function namingFlag(what: string) {
	return v.pipe(v.string(`should name ${what}`), v.nonEmpty(`should name ${what}`));
}

/** A flag naming a file. */
export const fileFlag = namingFlag('a file');

/** `--dataDir DIR`: the folder of the ledger and stores (default: the configured data folder). */
export const dataDirFlag = v.optional(namingFlag('a folder'));

/** A flag that takes no value, e.g. `--json`: present is `true`, absent `undefined`. */
export const switchFlag = v.optional(v.literal(true, 'takes no value'));

/** `--seed S`: a run's random seed, a number or a word (default 1). */
export const seedFlag = v.optional(
	v.pipe(v.string('should have a value'), v.nonEmpty('should have a value')),
	'1'
);
