/** One failed check at an input boundary: where, what was expected, and the value found. */
export interface InputIssue {
	/** Dotted key path into the input, e.g. `regions.3.population.adults`; `` for the root. */
	readonly path: string;
	/** What the value should be, in words. */
	readonly expected: string;
	/** The offending value, as received (truncated when long). */
	readonly received: unknown;
}

/** The outcome of validating an input: a value, or every issue found. */
export type Parsed<T> =
	{ readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly InputIssue[] };
