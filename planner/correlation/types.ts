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
	/** Free tags; `protected` (or a protected attribute name) refuses the series. */
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
 * `strong` below the bar (q by default) and the lead direction passes the Granger test at the bar;
 * `moderate` below the bar; `weak` raw p < 0.05 only (may be chance among many tests); `none` otherwise.
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
	readonly p: number;
	/** Benjamini–Hochberg q-value over every pair × lag tested in the same run. */
	readonly q: number;
	/** Granger test in the lead direction (leader → follower); null when the lag is 0 or too few points. */
	readonly granger: GrangerResult | null;
	readonly significant: boolean;
	readonly evidence: Evidence;
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
	/** Attribute names never analysed (besides the tag `protected`); matched in ids and tags, case-insensitive. */
	readonly protectedAttributes: readonly string[];
	/** Days between scheduled recomputes; default 7 (weekly). */
	readonly recomputeEveryDays: number;
}
