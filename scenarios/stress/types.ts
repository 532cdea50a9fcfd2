import type * as v from 'valibot';
import type { ProposedScenario } from '../../data/plan/types.js';
import type { DayRecord } from '../../sim/index.js';
import type { Criterion as CriterionSchema, StressCase as StressCaseSchema } from './schema.js';

/** A success criterion of a stress test (tagged by `kind`). */
export type Criterion = Readonly<v.InferOutput<typeof CriterionSchema>>;
/** A named stress test: shocks, run length, step, window and criteria. */
export type StressCase = Readonly<v.InferOutput<typeof StressCaseSchema>>;

/** Days judged: `start` (day of the run) and `days`. */
export interface Window {
	readonly start: number;
	readonly days: number;
}

/** What one run through the loop leaves to judge. */
export interface RunEvidence {
	/** The simulation's record of every day (the truth, not the sensors'). */
	readonly daily: readonly DayRecord[];
	/** Hours from the first sensor outage's start until the ingest flagged stale series; null without an outage, Infinity when never. */
	readonly staleAfterHours: number | null;
	/** Plans the auto-council adopted, by day. */
	readonly decisions: readonly {
		readonly day: number;
		readonly round: string;
		readonly scenario: ProposedScenario;
	}[];
}

/** One criterion judged on one run: passed or not, the figure measured, where and on which day. */
export interface CriterionResult {
	readonly pass: boolean;
	/** Coverage (0..1), hours, or a threat level's rank (0 normal … 3 survival). */
	readonly value: number;
	/** Where the figure was worst, e.g. `tundra/food`. */
	readonly where: string;
	/** The day of the run it was measured on (null when not a day's figure). */
	readonly day: number | null;
}

/** A criterion over all runs: passed only when every run passed; percentiles of its figure. */
export interface CriterionSummary {
	readonly criterion: Criterion;
	readonly pass: boolean;
	readonly passRate: number;
	/** 5th, 50th and 95th percentile of the figure over runs (R-7, as d3-array's `quantile`). */
	readonly p5: number;
	readonly p50: number;
	readonly p95: number;
	/** The worst run's figure, where and when. */
	readonly worst: CriterionResult & { readonly seed: number | string };
}

/** Where the time of the runs went (ms). */
export interface StressCost {
	readonly simulation: number;
	readonly ingest: number;
	readonly analysis: number;
	readonly planning: number;
	readonly council: number;
}

/** A stress test over several seeds, each run through the closed loop. */
export interface StressReport {
	readonly case: string;
	readonly title: StressCase['title'];
	readonly window: Window;
	readonly seeds: readonly (number | string)[];
	readonly criteria: readonly CriterionSummary[];
	readonly pass: boolean;
	readonly runs: readonly {
		readonly seed: number | string;
		readonly results: readonly CriterionResult[];
		readonly decisions: number;
	}[];
	readonly cost: StressCost;
}
