import type { Logger } from 'pino';

/** How the ingest worker connects, batches and keeps what it cannot store yet. Times in ms, sizes in bytes. */
export interface IngestOptions {
	/** Broker URL, e.g. `mqtt://127.0.0.1:1883`. */
	readonly url: string;
	readonly username: string;
	readonly password: string;
	/** PEM file of the CA that signed the broker's certificate, for `mqtts://` (empty = the system's CAs). */
	readonly caFile: string;
	/** Fixed client id, so the broker keeps this worker's session and queued messages across restarts. */
	readonly clientId: string;
	/** 5 for shared subscriptions and flow control (Mosquitto); 4 for brokers without MQTT 5 (the embedded Aedes). */
	readonly protocolVersion: 4 | 5;
	/** Shared subscription group (`$share/{group}/...`, MQTT 5 only); workers of one group split the messages. Empty = none. */
	readonly shareGroup: string;
	/** How long the broker keeps the session while the worker is away (s, MQTT 5). Default 7 days. */
	readonly sessionExpirySeconds: number;
	/** Messages received but not yet acknowledged, at most (the in-flight window; MQTT 5 Receive Maximum). */
	readonly maxInFlight: number;
	/** Write a batch once it holds this many readings... */
	readonly batchReadings: number;
	/** ...or once its oldest reading waited this long. */
	readonly batchDelayMs: number;
	/** Store writes at once, at most (acknowledgements still leave in order, each after its own write). */
	readonly writesInFlight: number;
	/** Folder of the on-disk spool used while the store is down. */
	readonly spoolDir: string;
	/** How often to try replaying the spool while the store is down. */
	readonly replayIntervalMs: number;
	/** Expected reporting interval of a series; silent for 3 of these = stale. */
	readonly expectedIntervalMs: number;
	/** Give up connecting to the broker at start after this long. */
	readonly connectTimeoutMs: number;
	/** Write every spooled batch to disk before acknowledging it (fsync). Off only in throw-away tests. */
	readonly fsync: boolean;
}

export const defaults: IngestOptions = {
	url: 'mqtt://127.0.0.1:1883',
	username: '',
	password: '',
	caFile: '',
	clientId: 'resourceos-ingest',
	protocolVersion: 5,
	shareGroup: '',
	sessionExpirySeconds: 7 * 86_400,
	maxInFlight: 2_000,
	batchReadings: 5_000,
	batchDelayMs: 50,
	writesInFlight: 2,
	spoolDir: 'var/spool',
	replayIntervalMs: 1_000,
	expectedIntervalMs: 10_000,
	connectTimeoutMs: 30_000,
	fsync: true
};

/** What the worker needs besides options: logger and clock are passed in, never global. */
export interface IngestDeps {
	readonly log: Logger;
	/** ms since the epoch. */
	readonly now: () => number;
}

/** Running totals since the worker started; latencies in ms. */
export interface IngestCounters {
	/** Messages taken from the broker. */
	readonly messages: number;
	/** Readings decoded from messages (accepted or not). */
	readonly received: number;
	/** Readings written to the store directly. */
	readonly stored: number;
	/** Readings and whole messages refused, each dead-lettered with its reason. */
	readonly rejected: number;
	/** Readings written to the spool because the store was down. */
	readonly spooled: number;
	/** Spooled readings since written to the store. */
	readonly replayed: number;
	/** Readings waiting in the spool now. */
	readonly spoolBacklog: number;
	/** Messages whose sequence number this gateway had sent before (a redelivery). */
	readonly duplicateMessages: number;
	/** Sequence numbers skipped by gateways (messages that never arrived). */
	readonly missingMessages: number;
	/** Last and worst store write time. */
	readonly storeLatencyMs: { readonly last: number; readonly max: number; readonly mean: number };
	/** Now minus the time of the newest reading stored, at its storing: how far behind ingest runs. */
	readonly lagMs: number;
	/** Messages waiting for their acknowledgement now. */
	readonly inFlight: number;
}

export type { StaleSeries } from '../../data/telemetry/index.js';
