/** One site's daily consumption of one resource (NaN = no reading), oldest first; sites of one resource share one grid. */
export interface SiteDemandInput {
	readonly region: string;
	readonly site: string;
	readonly resource: string;
	readonly dailyConsumption: readonly number[];
}

/** The nodes of a site → region → federation hierarchy, top first, and which sites (bottom columns) each one sums. */
export interface Hierarchy {
	/** `federation`, then `region:NAME` per region, then `site:REGION/NAME` per site (the bottom level, in column order). */
	readonly nodes: readonly string[];
	/** The summing matrix S, nodes × sites, of 0 and 1 (Hyndman et al. 2011). */
	readonly summing: readonly (readonly number[])[];
	/** Region of each site column. */
	readonly siteRegions: readonly string[];
}

/** How base forecasts were made coherent: MinT with a shrunk covariance, or weighted least squares by each node's variance. */
export interface Reconciliation {
	readonly method: 'mint-shrink' | 'wls-variance';
	/** The shrinkage intensity λ towards the diagonal (1 = diagonal only); null for WLS. */
	readonly lambda: number | null;
	/** Reconciled forecasts per node (rows of `Hierarchy.nodes`), each as long as the base forecasts. */
	readonly forecasts: readonly (readonly number[])[];
}
