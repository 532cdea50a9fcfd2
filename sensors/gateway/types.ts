import type { Quantity } from '../../data/telemetry/index.js';

/** One value a gateway reports: where, what, and in which unit (any unit the protocol converts). Time in ms. */
export interface GatewayReading {
	readonly region: string;
	readonly site: string;
	readonly gateway: string;
	readonly resource: string;
	readonly quantity: Quantity;
	readonly value: number;
	readonly unit: string;
	readonly time: number;
}

/**
 * The port through which anything (the gateway simulator, the simulation) sends sensor readings.
 * Resolves once the broker acknowledged every message (QoS 1); readings of one gateway go in
 * messages of up to `maxRecordsPerMessage`, each with the gateway's next sequence number.
 */
export interface ReadingsPublisher {
	publishReadings(batch: readonly GatewayReading[]): Promise<void>;
	/** Messages and readings acknowledged by the broker so far. */
	readonly sent: { readonly messages: number; readonly readings: number };
	/** Announces `offline` for every gateway and disconnects. */
	close(): Promise<void>;
}

/** Credentials of one gateway (from the gateway registry); empty = anonymous. */
export interface GatewayCredentials {
	readonly username: string;
	readonly password: string;
}

/** How the publisher connects. Times in ms. */
export interface PublisherOptions {
	readonly url: string;
	/** Credentials per gateway; by default none (anonymous broker). */
	readonly credentialsOf: (origin: { region: string; site: string; gateway: string }) => GatewayCredentials;
	/** Most SenML records in one message (the protocol allows up to 10 000). */
	readonly maxRecordsPerMessage: number;
	/** First sequence number of each gateway (a real gateway keeps its counter across restarts). */
	readonly firstSeq: number;
	readonly protocolVersion: 4 | 5;
	readonly connectTimeoutMs: number;
}

export const defaults: PublisherOptions = {
	url: 'mqtt://127.0.0.1:1883',
	credentialsOf: () => ({ username: '', password: '' }),
	maxRecordsPerMessage: 500,
	firstSeq: 1,
	protocolVersion: 4,
	connectTimeoutMs: 10_000
};
