/** What a reading measures at a site. */
export type Quantity = 'stock' | 'inflow' | 'outflow' | 'capacity' | 'consumption' | 'production';

/** Identifies one time series: one quantity of one resource at one site, reported by one gateway. */
export interface SeriesKey {
	readonly region: string;
	readonly site: string;
	readonly gateway: string;
	/** A resource id of the catalogue, e.g. `water`. */
	readonly resource: string;
	readonly quantity: Quantity;
}

/** One accepted reading, already in the resource's canonical unit (see the catalogue). */
export interface Reading extends SeriesKey {
	/** Milliseconds since the Unix epoch (UTC). */
	readonly time: number;
	readonly value: number;
	/** The gateway's sequence number of the message that carried it (for duplicates and gaps). */
	readonly seq: number;
}

/** Selects series: every given field must match; absent fields match anything. */
export type SeriesFilter = Partial<SeriesKey>;

/** A point of a series. */
export interface Point {
	readonly time: number;
	readonly value: number;
}

/** How values inside a window are combined. */
export type Aggregate = 'mean' | 'min' | 'max' | 'last' | 'sum' | 'count';

/** One window of an aggregate: its start (ms) and the combined value. */
export interface WindowValue {
	readonly start: number;
	readonly value: number;
}

/**
 * The one port through which the rest of the system reads and writes telemetry.
 * Writes are idempotent: a reading with the same series and time is stored once (the later write wins).
 * Adapters: embedded SQLite (default) and InfluxDB through the v1 HTTP API.
 */
export interface TelemetryStore {
	/** Stores a batch atomically (all or nothing). Rejects with a StoreUnavailableError when the store cannot be reached. */
	write(batch: readonly Reading[]): Promise<void>;
	/** The latest reading of every series that matches. */
	latest(filter: SeriesFilter): Promise<readonly Reading[]>;
	/** Points of one series in [from, to), oldest first. */
	range(series: SeriesKey, from: number, to: number): Promise<readonly Point[]>;
	/** Per matching series, values combined over windows of `windowMs` aligned to the epoch, in [from, to). */
	aggregate(
		filter: SeriesFilter,
		from: number,
		to: number,
		windowMs: number,
		fn: Aggregate
	): Promise<readonly { readonly series: SeriesKey; readonly windows: readonly WindowValue[] }[]>;
	close(): Promise<void>;
}

/** The store could not be reached or refused the write; retrying later can help. */
export class StoreUnavailableError extends Error {
	readonly retryable = true;
	constructor(message: string, options?: { cause?: unknown }) {
		super(message, options);
		this.name = 'StoreUnavailableError';
	}
}

/** The store refused the request as malformed or forbidden (HTTP 4xx); retrying the same request will not help. */
export class StoreRejectedError extends Error {
	readonly retryable = false;
	constructor(
		message: string,
		readonly status?: number,
		options?: { cause?: unknown }
	) {
		super(message, options);
		this.name = 'StoreRejectedError';
	}
}
