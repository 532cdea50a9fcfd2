/** One of the region's quotas in force, with the change that set it, explained in the reader's language. */
export interface QuotaLine {
	readonly resource: string;
	/** The resource's name in the reader's language. */
	readonly name: string;
	/** Per person, per `per` (the catalogue norm's period: a day, a year, or standing for housing). */
	readonly amount: number;
	readonly previous: number | null;
	readonly unit: string;
	readonly per: 'day' | 'year' | 'stock';
	readonly change: 'new' | 'raised' | 'cut' | 'same';
	readonly effectiveFrom: string;
	readonly round: string;
	/** Why, in plain words: the change, the scenario adopted, its summary and the region's coverage under it. */
	readonly explanation: string;
}

/** The public half of the citizen's page: a region's quotas (no one signs in to read them). */
export interface CitizenQuotas {
	readonly regions: readonly { readonly id: string; readonly name: string }[];
	/** The chosen region and its quotas; null until one is chosen. */
	readonly region: {
		readonly id: string;
		readonly name: string;
		readonly quotas: readonly QuotaLine[];
	} | null;
}

/** One points entry explained. */
export interface PointsLine {
	readonly points: number;
	readonly at: string;
	readonly explanation: string;
}

/**
 * The personal half, opened with the invitation code (the one thing that proves who a panelist is):
 * their balance and every entry explained; or why the code opens nothing.
 */
export type CitizenPoints =
	| {
			readonly status: 'shown';
			readonly balance: number;
			readonly lines: readonly PointsLine[];
			/** To show the same page in the other language: the code posted again, never put in the address. */
			readonly relang: { readonly action: string; readonly fields: { readonly c: string } };
	  }
	| { readonly status: 'refused'; readonly error: string };
