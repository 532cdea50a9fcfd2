import type { Lineage } from '../../data/reference/types.js';
/** How a pair is correlated: Pearson on values, or Spearman on ranks (robust to outliers and monotone transforms). */
export type CorrelationMethod = 'pearson' | 'spearman';

/**
 * How each series is prepared before correlating, so that shared trends and seasons are not read as a relation
 * (Granger & Newbold 1974, "Spurious regressions in econometrics"):
 * `difference` first differences (removes linear and random-walk trends; the default),
 * `detrend` subtracts a least-squares line, `prewhiten` differences and then removes an AR(p) fit (Box & Jenkins),
 * `none` correlates raw values (only for series already stationary). All but `none` also deseasonalise when a period is given.
 */
export type Preparation = 'none' | 'detrend' | 'difference' | 'prewhiten';

/** A series to analyse: values on a grid shared by all series in one request (NaN = missing), with its tags. */
export interface NamedSeries {
	/** Unique id, e.g. `north/reservoir-1/gw-7/water/consumption`. */
	readonly id: string;
	readonly values: readonly number[];
	/** Free tags and lineage (e.g. the survey fields a series is derived from); `protected`, or a protected category named in any, refuses the series. */
	readonly tags?: readonly string[];
}

/** One correlation: coefficient, pairs used and the two-sided p-value from Student t with n − 2 df. */
export interface Correlation {
	readonly r: number;
	readonly n: number;
	readonly p: number;
}

/** Granger-style F-test: does the past of `cause` improve a p-lag autoregression of `effect`? */
export interface GrangerResult {
	readonly f: number;
	readonly p: number;
	readonly order: number;
	readonly n: number;
}

/**
 * How strong the evidence is, in words a council can use:
 * `strong` below the bar (q by default), not fragile, and the lead direction passes the Granger test at the bar;
 * `moderate` below the bar and not fragile; `weak` raw p < 0.05 only (may be chance among many tests), or resting on
 * a few points; `none` otherwise.
 */
export type Evidence = 'strong' | 'moderate' | 'weak' | 'none';

/** The strongest lag of one pair. `lag` > 0: `a` leads `b` by `lag` steps; < 0: `b` leads `a`. */
export interface Relation {
	readonly a: string;
	readonly b: string;
	readonly lag: number;
	readonly method: CorrelationMethod;
	readonly r: number;
	readonly n: number;
	/** Effective number of independent pairs after the prepared series' own autocorrelation (Bartlett); p uses it. */
	readonly nEffective: number;
	/** Two-sided p on nEffective − 2 degrees of freedom. */
	readonly p: number;
	/** p at every lag tested, from −maxLag to maxLag (index lag + maxLag); a later run judges weakening at the lag reported here. */
	readonly pByLag: readonly number[];
	/** p without the few most influential pairs (see `influence.ts`); `fragile` when that is no longer below the bar. */
	readonly pWithoutInfluential: number;
	readonly fragile: boolean;
	/** Benjamini–Hochberg q-value over every pair × lag tested in the same run. */
	readonly q: number;
	/** Granger test in the lead direction (leader → follower); null when the lag is 0 or too few points. */
	readonly granger: GrangerResult | null;
	readonly significant: boolean;
	readonly evidence: Evidence;
	/** The evidence in one sentence: which test, on what, how strong. */
	readonly explanation: string;
}

/** Everything one analysis tested and found; relations sorted by q, then |r| descending, then ids. */
export interface CorrelationReport {
	/** When it ran, ms since the epoch (from the clock passed in). */
	readonly at: number;
	readonly options: CorrelationOptions;
	readonly tests: number;
	readonly relations: readonly Relation[];
	/** Series left out, with why (too few points, constant after preparation). */
	readonly skipped: readonly { readonly id: string; readonly reason: string }[];
}

/** Options of the Correlation Center; defaults in `defaults`. */
export interface CorrelationOptions {
	/** Significance bar; default 0.01. */
	readonly alpha: number;
	/** What the bar applies to: `q` (Benjamini–Hochberg, controls false discoveries across all tests; default) or raw `p`. */
	readonly bar: 'q' | 'p';
	/** A relation that was significant and whose p rises above this is flagged as weakening; default 0.05. */
	readonly weakenAbove: number;
	/** Lags tested are −maxLag..maxLag steps; default 7. */
	readonly maxLag: number;
	readonly method: CorrelationMethod;
	readonly preparation: Preparation;
	/** Season length in steps for deseasonalising (e.g. 7 for daily data, 24 for hourly); 0 = none; default 0. */
	readonly period: number;
	/** Autoregressive order of the Granger test and of pre-whitening; default 2. */
	readonly order: number;
	/** Pairs with fewer overlapping points are not tested; default 20. */
	readonly minPoints: number;
	/** Runs of at least this many identical readings are dropped before preparing (a stock stuck at 0); default 3; 0 = keep. */
	readonly flatRun: number;
	/** Autocorrelation lags summed for the effective sample size; default 10. */
	readonly acfLags: number;
	/** Share of pairs (at least one) dropped as most influential before the fragility check; default 0.02. */
	readonly influentialShare: number;
	/** Names refused on top of the shared protected categories (data/reference/protectedCategories.ts), matched as parts of ids and tags. */
	readonly protectedAttributes: readonly string[];
	/** Days between scheduled recomputes; default 7 (weekly). */
	readonly recomputeEveryDays: number;
}

/** How a relation changed between two runs. */
export type RelationChange =
	| { readonly kind: 'new'; readonly relation: Relation }
	/** Significant before; now p at the lag reported before is above `weakenAbove` (0.05), or the pair is untestable. */
	| {
			readonly kind: 'weakening';
			readonly before: Relation;
			readonly relation: Relation | null;
			readonly pAtReportedLag: number;
	  }
	/** Significant before; no longer meets the bar, but p at the reported lag is not yet above 0.05. */
	| {
			readonly kind: 'gone';
			readonly before: Relation;
			readonly relation: Relation;
			readonly pAtReportedLag: number;
	  };

/** A stored run: the report and its changes against the run stored before it. */
export interface StoredReport {
	readonly report: CorrelationReport;
	readonly changes: readonly RelationChange[];
}

/**
 * Port: where recomputed reports are kept, append-only (an adapter: data/correlation/openSqliteReportStore.ts).
 * `latest` gives the most recent stored report, or null before the first.
 */
export interface CorrelationReportStore {
	latest(): Promise<CorrelationReport | null>;
	save(stored: StoredReport): Promise<void>;
	close(): Promise<void>;
}

/**
 * What every read of telemetry refuses, required so that no mode can forget it: series derived from a protected
 * survey field (`lineage`, from the reference data: `lineageOf`), and extra names never analysed.
 */
export interface SeriesGuard {
	readonly lineage: Lineage;
	/** Names refused besides the shared categories, matched as parts of ids (`--protected`). */
	readonly protectedNames?: readonly string[];
	/**
	 * Leave protected series out of the grid (listed in its `leftOut`) instead of refusing the whole read: for the main
	 * job's own scans, which nobody asked to include them and which must not stop on data they may not use. A filter
	 * that names a protected resource is refused either way.
	 */
	readonly leaveOut?: boolean;
}
