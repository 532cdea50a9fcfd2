/** The four processes of the Harrison–Stevens multi-process model: no change, a step in level, a change of slope, a one-off transient. */
export type RegimeKind = 'steady' | 'step' | 'slope' | 'transient';

/**
 * A change flagged for a person to look at: where, which kind, how probable, and the level/slope before it and
 * (estimated `lookahead` points later, level projected back to the change) after it.
 */
export interface RegimeChange {
	/** Index in the series (and its time when times were given, ms since the epoch). */
	readonly index: number;
	readonly time: number | null;
	readonly kind: Exclude<RegimeKind, 'steady'>;
	/** Posterior probability that a change of this kind began within `lookahead` + 1 points of here, given the points after. */
	readonly probability: number;
	readonly levelBefore: number;
	readonly levelAfter: number;
	readonly slopeBefore: number;
	readonly slopeAfter: number;
}

/** Settings of the regime detector; defaults in `defaults`. */
export interface RegimeOptions {
	/** Prior probability of each process per step (must sum to 1); defaults 0.94 steady, 0.02 each other. */
	readonly prior: Readonly<Record<RegimeKind, number>>;
	/** Variance multipliers (× observation noise): level jump of a step, slope jump, transient observation; defaults 50, 1, 50. */
	readonly stepVariance: number;
	readonly slopeVariance: number;
	readonly transientVariance: number;
	/**
	 * Points after a candidate change used to tell a step from a transient and a new slope from noise (at most one
	 * more change is assumed inside them; cost grows as lookahead²); default 8.
	 */
	readonly lookahead: number;
	/** Flag a change when its posterior probability exceeds this; default 0.6. */
	readonly threshold: number;
	/** Fewest points analysed (the noise is estimated robustly, by the MAD of differences, over all of them); default 30. */
	readonly warmup: number;
}

/** What the detector found; `noise` is the estimated observation standard deviation. */
export type RegimeReport =
	| {
			readonly status: 'ok';
			readonly changes: readonly RegimeChange[];
			readonly noise: number;
			readonly probabilities: readonly Readonly<Record<RegimeKind, number>>[];
	  }
	| { readonly status: 'too-short'; readonly have: number; readonly need: number };
