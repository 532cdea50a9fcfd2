/**
 * Reduced quotas for regions that damage ecosystems or waste food (the documents: "Regions that
 * damage ecosystems get reduced quotas"). The documents give no figures for a region's cut; the
 * defaults below are stated assumptions, the 30 days borrowed from the documents' sanction for a
 * person's over-consumption.
 */
export interface QuotaCutOptions {
	/** Tier-1 quota factor of a region while an ecosystem-damage finding stands (default 0.9, assumed). */
	readonly ecosystemFactor: number;
	/** Resources whose waste counts as food waste (default food, wheat, quinoa; ids missing from the catalogue are ignored). */
	readonly foodResources: readonly string[];
	/** Days between reviews of each region's food waste (default 30). */
	readonly reviewDays: number;
	/** Avoidable waste ÷ consumption of a food resource over a review above which the region's food quotas are cut (default 0.05, assumed). */
	readonly maxWasteShare: number;
	/** Food quota factor of a wasting region (default 0.9, assumed). */
	readonly wasteFactor: number;
	/** Days a food-waste cut lasts (default 30, the documents' sanction length for a person). */
	readonly cutDays: number;
}

/** One cut, for the audit log: which region, why, the measured value against its threshold, and its days. */
export interface QuotaCut {
	readonly day: number;
	readonly region: string;
	readonly cause: 'food-waste' | 'ecosystem-damage';
	/** Food waste: the resource whose waste share crossed the threshold; null for an ecosystem finding. */
	readonly resource: string | null;
	readonly value: number;
	readonly threshold: number;
	readonly factor: number;
	/** First day the cut no longer applies. */
	readonly until: number;
}
