import type * as v from 'valibot';
import type { Criterion as CriterionSchema, StressCase as StressCaseSchema } from './schema.js';

/** A success criterion of a stress test (tagged by `kind`). */
export type Criterion = Readonly<v.InferOutput<typeof CriterionSchema>>;
/** A named stress test: shocks, run length, step and criteria. */
export type StressCase = Readonly<v.InferOutput<typeof StressCaseSchema>>;

/** One criterion judged on one seed: passed or not, the figure measured, and what it was held to. */
export interface CriterionResult {
	readonly criterion: Criterion;
	readonly pass: boolean;
	readonly value: number;
	/** Where the figure was worst, e.g. `tundra/food`. */
	readonly where: string;
}

/** A stress test over several seeds (paired runs: each seed with and without the shocks). */
export interface StressReport {
	readonly case: string;
	readonly seeds: readonly (number | string)[];
	/** Per criterion: share of seeds that passed, and the worst figure. */
	readonly criteria: readonly {
		readonly criterion: Criterion;
		readonly passRate: number;
		readonly worst: number;
		readonly where: string;
	}[];
	readonly pass: boolean;
	readonly runs: readonly { readonly seed: number | string; readonly results: readonly CriterionResult[] }[];
}
