import type { Quantity, Reading } from '../../data/telemetry/index.js';

/** Where a message came from, read from its topic `ros/v1/{region}/{site}/{gateway}/{kind}`. */
export interface Origin {
	readonly region: string;
	readonly site: string;
	readonly gateway: string;
}

/** A gateway's status, retained on its status topic; `offline` is its MQTT Last Will. */
export interface GatewayStatus {
	readonly state: 'online' | 'offline';
	/** ms since the epoch, when the gateway said it (absent in a Last Will set long ago). */
	readonly time?: number;
}

/** Why a whole message or one record was refused; `reason` is a stable code, `detail` says what and where. */
export interface Rejection {
	readonly reason: RejectReason;
	readonly detail: string;
	/** Index of the refused SenML record; absent when the whole message was refused. */
	readonly record?: number;
}

export type RejectReason =
	| 'bad-topic'
	| 'too-large'
	| 'too-deep'
	| 'invalid-utf8'
	| 'invalid-json'
	| 'bad-senml'
	| 'unknown-resource'
	| 'unknown-unit'
	| 'impossible-value'
	| 'bad-time';

/** A decoded MQTT message: one case per kind, dispatched by the ingest worker in one switch. */
export type SensorMessage =
	| {
			readonly kind: 'readings';
			readonly origin: Origin;
			readonly seq: number;
			readonly readings: readonly Reading[];
			readonly rejected: readonly Rejection[];
	  }
	| { readonly kind: 'status'; readonly origin: Origin; readonly status: GatewayStatus }
	| { readonly kind: 'rejected'; readonly rejection: Rejection };

/** What a message is checked against: catalogue units, storage capacities, and the clock. */
export interface ProtocolContext {
	/** Canonical unit of each resource id of the catalogue. */
	readonly unitOf: (resource: string) => string | undefined;
	/** Registered storage capacity (canonical units) of a resource in a region, when known; a stock above it is refused. */
	readonly capacityOf: (region: string, resource: string) => number | undefined;
	/** Largest plausible flow (inflow, outflow, consumption, production) in one reading, canonical units; none = unbounded. */
	readonly flowLimitOf?: (region: string, resource: string) => number | undefined;
	/** Now, in ms since the epoch. */
	readonly now: number;
}

/** Limits of the protocol (bytes, counts, ms). */
export interface ProtocolOptions {
	/** Largest message accepted, in bytes (default 1 MiB). */
	readonly maxMessageBytes: number;
	/**
	 * Deepest nesting of arrays/objects accepted (default 8; SenML needs 2). Checked before
	 * validating, so hostile depth cannot exhaust the stack (V8 parses JSON without recursing).
	 */
	readonly maxDepth: number;
	/** Most SenML records in one message (default 10 000). */
	readonly maxRecords: number;
	/** How far a reading's time may lie ahead of now (default 5 min: clock skew). */
	readonly maxFutureMs: number;
	/** How far back (default 30 days: a gateway replaying its own buffer after an outage). */
	readonly maxPastMs: number;
}

export const defaults: ProtocolOptions = {
	maxMessageBytes: 1 << 20,
	maxDepth: 8,
	maxRecords: 10_000,
	maxFutureMs: 5 * 60_000,
	maxPastMs: 30 * 86_400_000
};

/** The quantities a SenML name may end with: `{resource}/{quantity}`. */
export const quantities: readonly Quantity[] = [
	'stock',
	'inflow',
	'outflow',
	'capacity',
	'consumption',
	'production'
];
