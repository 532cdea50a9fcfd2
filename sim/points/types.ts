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

/** Every operation on the ledger. There is no operation that moves points between people; `transfer` exists only to be refused. */
export type LedgerOp =
	| {
			readonly op: 'award';
			readonly person: number;
			readonly contribution: Contribution;
			readonly confirmedBy: number | null;
			readonly day: number;
	  }
	| {
			readonly op: 'spend';
			readonly person: number;
			readonly points: number;
			readonly item: string;
			readonly day: number;
	  }
	| { readonly op: 'penalise'; readonly person: number; readonly day: number; readonly reason: string }
	| { readonly op: 'transfer'; readonly from: number; readonly to: number; readonly points: number };

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

/** A ledger of N people in typed arrays: balances, freeze ends, and the award log (who confirmed whose points). */
export interface Ledger {
	readonly size: number;
	readonly balance: Float64Array;
	/** Day until which accrual is frozen (exclusive); −1 when not frozen. */
	readonly frozenUntil: Int32Array;
	/** Award log: confirmer, recipient, points, day, kind (index in the accrual table's key order) and quantity; `awards` entries are in use. */
	awards: number;
	awardFrom: Int32Array;
	awardTo: Int32Array;
	awardPoints: Float64Array;
	awardDay: Int32Array;
	awardKind: Int32Array;
	awardQuantity: Float64Array;
}
