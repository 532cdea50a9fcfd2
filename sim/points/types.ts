/** One accrual rule: points per unit of a confirmed contribution (per month of work, per hour, per event). */
export interface AccrualRule {
	readonly points: number;
	readonly per: 'month' | 'hour' | 'event' | 'course';
}

/** Accrual rules by contribution kind; see `defaults.accrual` for the domain brief's table. */
export type AccrualTable = Readonly<Record<string, AccrualRule>>;

/** Points rules: accrual table, multipliers, yearly carry-over and the manipulation penalty. */
export interface PointsOptions {
	readonly accrual: AccrualTable;
	/** Hazardous work multiplier (default 2). */
	readonly hazardousMultiplier: number;
	/** Allowed range of the regenerative-project multiplier (default 2..3). */
	readonly regenerative: { readonly min: number; readonly max: number };
	/** Share of a balance kept at the yearly reset (default 0.2: 80% burns). */
	readonly carryShare: number;
	/** Days accrual stays frozen after manipulation (default 183: six months). */
	readonly freezeDays: number;
}

/** A confirmed contribution: kind from the table, how many units (months, hours, events), and modifiers. */
export interface Contribution {
	readonly kind: string;
	readonly quantity: number;
	readonly hazardous?: boolean;
	/** Multiplier for regenerative projects, within `regenerative.min..max`. */
	readonly regenerative?: number;
}

/**
 * Every operation on the ledger, for people identified by `P` (sample indices in the simulation,
 * panelist ids in the record). `at` is a time in the store's unit (`PointsStore.dayLength` per day).
 * No operation moves points between people; `transfer` exists only to be refused.
 */
export type LedgerOp<P = number> =
	| {
			readonly op: 'award';
			readonly person: P;
			readonly contribution: Contribution;
			readonly confirmedBy: P | null;
			readonly at: number;
			/** What the record files it under (the round that credited it), if anything. */
			readonly ref?: string;
			/** Why, in words, for the record's row (default: the contribution kind). */
			readonly note?: string;
	  }
	| {
			readonly op: 'spend';
			readonly person: P;
			readonly points: number;
			readonly item: string;
			readonly at: number;
	  }
	| { readonly op: 'penalise'; readonly person: P; readonly at: number; readonly reason: string }
	| { readonly op: 'transfer'; readonly from: P; readonly to: P; readonly points: number };

/** Why an operation was refused. `non-transferable` is an error: points are personal and cannot move. */
export type LedgerRefusal =
	| 'non-transferable'
	| 'unknown-person'
	| 'unknown-kind'
	| 'bad-quantity'
	| 'frozen'
	| 'insufficient'
	| 'self-confirmation'
	| 'unconfirmed';

export type LedgerResult =
	| { readonly status: 'ok'; readonly points: number; readonly balance: number }
	| { readonly status: 'error'; readonly code: LedgerRefusal; readonly message: string };

/** One booking on one account, written by the ledger's operations through the store. */
export interface PointsPosting<P> {
	readonly person: P;
	/** Positive when earned; negative when spent, burned or zeroed. */
	readonly points: number;
	readonly at: number;
	readonly cause: 'award' | 'spend' | 'burn' | 'penalty';
	/** In words: the contribution's note or kind, the item bought, the penalty's reason. */
	readonly what: string;
	readonly ref?: string;
	/** For awards: who confirmed, the kind's index in the accrual table, and the quantity. */
	readonly award?: { readonly confirmedBy: P; readonly kind: number; readonly quantity: number };
}

/**
 * The port the points ledger keeps its accounts through: typed arrays in memory for the simulation
 * (`createMemoryStore`), rows in SQLite for the persisted record (`data/ledger`). A store only books
 * what it is given; every rule (accrual, confirmation, freeze, burn) is the ledger's.
 */
export interface PointsStore<P> {
	/** Units of `at` per day: 1 when `at` is a day number, 86,400,000 when it is epoch milliseconds. */
	readonly dayLength: number;
	/** Balances are whole points (an integer column): burns are rounded, the kept part absorbs it. */
	readonly wholePoints: boolean;
	has(person: P): boolean;
	balance(person: P): number;
	/** When the person was last penalised (−Infinity if never). */
	lastPenalty(person: P): number;
	post(posting: PointsPosting<P>): void;
	/** Calls `fn` for every account with a positive balance. */
	eachBalance(fn: (person: P, balance: number) => void): void;
}

/** The one points ledger: the documents' rules over a store. Balances change only through `apply` and `yearlyBurn`. */
export interface PointsLedger<P> {
	apply(op: LedgerOp<P>): LedgerResult;
	balance(person: P): number;
	/** The yearly reset at `at`: all but `carryShare` of every positive balance burns. Returns the points burned. */
	yearlyBurn(at: number): number;
}

/** The award log (who confirmed whose points), read by the audit: `awards` entries are in use. */
export interface AwardLog {
	readonly awards: number;
	readonly awardFrom: Int32Array;
	readonly awardTo: Int32Array;
	readonly awardPoints: Float64Array;
	readonly awardDay: Int32Array;
	/** Index in the accrual table's key order. */
	readonly awardKind: Int32Array;
	readonly awardQuantity: Float64Array;
}

/** The simulation's ledger: people 0..size−1 in memory, with the award log the audit reads. */
export interface Ledger extends PointsLedger<number> {
	readonly size: number;
	readonly log: AwardLog;
}
