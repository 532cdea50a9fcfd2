/** How to reach an InfluxDB through its v1 HTTP API (1.x natively; 2.x/3.x through v1 compatibility). */
export interface InfluxStoreOptions {
	/** Base URL, e.g. `http://127.0.0.1:8086`. */
	readonly url: string;
	readonly database: string;
	/** Sent as HTTP Basic auth when non-empty (2.x: any user name and a token as password). */
	readonly username: string;
	readonly password: string;
	/** Measurement holding every reading (tags: region, site, gateway, resource, quantity). */
	readonly measurement: string;
	/** Run `CREATE DATABASE` before the first request (1.x only; harmless when it exists). */
	readonly createDatabase: boolean;
	/** Give up on one HTTP request after this many ms (a StoreUnavailableError). */
	readonly timeoutMs: number;
	/** Lines per /write request; a larger batch is sent in several requests (each idempotent). */
	readonly maxLinesPerWrite: number;
}

/** Defaults: local InfluxDB 1.x, database `resourceos`, no auth, 10 s timeout, 20 000 lines per request. */
export const defaults: InfluxStoreOptions = {
	url: 'http://127.0.0.1:8086',
	database: 'resourceos',
	username: '',
	password: '',
	measurement: 'reading',
	createDatabase: true,
	timeoutMs: 10_000,
	maxLinesPerWrite: 20_000
};
