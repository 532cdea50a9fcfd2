/** The ledger's tables as a record check reads them (rows as stored; `choice`, `snapshot`, `plan` are JSON text). */
export interface LedgerTables {
	readonly rounds: readonly { readonly id: string; readonly state: string; readonly snapshot: string }[];
	readonly ballots: readonly {
		readonly receipt: string;
		readonly round: string;
		readonly stage: number;
		readonly choice: string;
		readonly nonce: string;
	}[];
	/** Credentials counted per round and stage: issued, and used. */
	readonly credentials: readonly {
		readonly round: string;
		readonly stage: number;
		readonly issued: number;
		readonly used: number;
	}[];
	readonly plans: readonly { readonly round: string; readonly plan: string; readonly plan_hash: string }[];
	readonly quotas: readonly {
		readonly round: string;
		readonly region: string;
		readonly resource: string;
		readonly per_person_per_day: number;
		readonly effective_from: string;
	}[];
	readonly points: readonly PointsRow[];
}

/** A row of the points table as stored. */
export interface PointsRow {
	readonly person: string;
	readonly points: number;
	readonly reason: string;
	readonly round: string | null;
	readonly at: number;
}

/** One disagreement between the chain and a table, or inside the chain's own events, in words that name it. */
export interface RecordProblem {
	/** Where it is: `ballots`, `tally`, `rounds`, `credentials`, `plans`, `quotas`, `points`, or `chain`. */
	readonly where: string;
	readonly round?: string;
	readonly message: string;
}

/** Whether the tables and the chain's own events tell one story. */
export type RecordReport =
	| { readonly status: 'consistent'; readonly rounds: number; readonly ballots: number }
	| { readonly status: 'inconsistent'; readonly problems: readonly RecordProblem[] };
