/** Sharing-centre rules ("library model"): at most 5 items at once, book up to 3 months ahead, loans up to 30 days. */
export interface SharingOptions {
	readonly maxItemsPerPerson: number;
	readonly maxAheadDays: number;
	readonly maxLoanDays: number;
	/**
	 * Abuse of rare goods, which the documents punish with a lifetime ban: a return this many days
	 * late (default 30: a whole loan kept again), or this many late returns in all (default 3).
	 * Both figures are assumptions; the documents name the ban, not the abuse.
	 */
	readonly abuseLateDays: number;
	readonly abuseLateReturns: number;
}

/** A booking of one item by one person for days [from, to). */
export interface Booking {
	readonly person: number;
	readonly from: number;
	readonly to: number;
}

/** The state of one sharing centre: who holds which item until when, and the bookings. */
export interface Library {
	readonly items: readonly { readonly id: string; readonly resource: string }[];
	/** Per item: the person holding it (−1 when on the shelf) and the day it is due back. */
	readonly holder: Int32Array;
	readonly due: Int32Array;
	readonly bookings: Booking[][];
	/** Items each person holds now. */
	readonly held: Map<number, number>;
	/** Late returns per person, and people banned for life from rare goods for abusing them. */
	readonly lateReturns: Map<number, number>;
	readonly banned: Set<number>;
}

/** Every operation of a sharing centre: take, use and return; book ahead; cancel a booking. */
export type SharingOp =
	| {
			readonly op: 'book';
			readonly person: number;
			readonly item: number;
			readonly from: number;
			readonly to: number;
			readonly today: number;
	  }
	| {
			readonly op: 'take';
			readonly person: number;
			readonly item: number;
			readonly today: number;
			readonly days: number;
	  }
	| { readonly op: 'return'; readonly person: number; readonly item: number; readonly today: number }
	| { readonly op: 'cancel'; readonly person: number; readonly item: number; readonly from: number };

export type SharingRefusal =
	| 'unknown-item'
	| 'limit'
	| 'too-far-ahead'
	| 'too-long'
	| 'bad-dates'
	| 'overlap'
	| 'taken'
	| 'not-holder'
	| 'no-booking'
	| 'survival-mode'
	| 'banned';

export type SharingResult =
	| { readonly status: 'ok'; readonly lateDays?: number; readonly banned?: boolean }
	| { readonly status: 'refused'; readonly code: SharingRefusal; readonly message: string };
