/** An ethics council's strike: the scenario stays visible with this reason, and cannot be voted for. `at` in ms. */
export interface Strike {
	readonly scenarioId: string;
	/** Council member (or council decision reference) who struck it. */
	readonly by: string;
	/** Written reason, in plain language, shown next to the scenario. */
	readonly reason: string;
	readonly at: number;
}

/** Ethics rules; default `ethicsDefaults`. */
export interface EthicsOptions {
	/** Shortest written reason, in characters (default 20: a sentence, not a word). */
	readonly minReasonLength: number;
}
