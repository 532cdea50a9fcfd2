import mqtt, { type MqttClient } from 'mqtt';
import { encodeReadings, topicOf, type Origin, type OutgoingReading } from '../protocol/index.js';
import type { GatewayCredentials } from './types.js';

/** One gateway's broker connection: publishes readings with its own sequence numbers. */
export interface GatewayConnection {
	readonly origin: Origin;
	/** Publishes one message (QoS 1) and resolves on its PUBACK; returns the sequence number used. */
	publish(readings: readonly OutgoingReading[]): Promise<number>;
	close(): Promise<void>;
}

/** Thrown when the broker refuses the gateway (wrong credentials) or a publish (not its topic); retrying will not help. */
export class GatewayRefusedError extends Error {
	readonly retryable = false;
	constructor(message: string, options?: { cause?: unknown }) {
		super(message, options);
		this.name = 'GatewayRefusedError';
	}
}

/**
 * Connects as one gateway: Last Will `offline` (retained) on its status topic, then `online`
 * (retained), so the status topic always tells whether the gateway is there (MQTT 3.1.1 §3.1.2.5).
 */
export async function connectGateway(
	url: string,
	origin: Origin,
	credentials: GatewayCredentials,
	options: { firstSeq: number; protocolVersion: 4 | 5; connectTimeoutMs: number; clientId?: string }
): Promise<GatewayConnection> {
	const status = topicOf(origin, 'status');
	const readingsTopic = topicOf(origin, 'readings');
	const client: MqttClient = await mqtt
		.connectAsync(
			url,
			{
				// Brokers bind a client id to its user (Mosquitto `use_username_as_clientid`, the embedded broker's check).
				clientId:
					options.clientId ??
					(credentials.username !== ''
						? credentials.username
						: `gw-${origin.region}-${origin.site}-${origin.gateway}`),
				protocolVersion: options.protocolVersion,
				connectTimeout: options.connectTimeoutMs,
				reconnectPeriod: 1_000,
				...(credentials.username !== ''
					? { username: credentials.username, password: credentials.password }
					: {}),
				will: {
					topic: status,
					payload: Buffer.from(JSON.stringify({ state: 'offline' })),
					qos: 1,
					retain: true
				}
			},
			false
		)
		.catch((error: Error) => {
			throw new GatewayRefusedError(
				`gateway ${readingsTopic}: broker refused the connection: ${error.message}`,
				{ cause: error }
			);
		});
	await client.publishAsync(status, JSON.stringify({ state: 'online', time: Date.now() }), {
		qos: 1,
		retain: true
	});
	let seq = options.firstSeq;
	return {
		origin,
		async publish(readings) {
			const used = seq++;
			const packet = await client.publishAsync(readingsTopic, encodeReadings(used, readings), { qos: 1 });
			// MQTT 5 brokers say "not authorized" in the PUBACK reason code (≥ 0x80); 3.1.1 brokers just drop it.
			const code = (packet as { reasonCode?: number } | undefined)?.reasonCode ?? 0;
			if (code >= 0x80)
				throw new GatewayRefusedError(`broker refused the publish to ${readingsTopic} (reason code ${code})`);
			return used;
		},
		async close() {
			await client
				.publishAsync(status, JSON.stringify({ state: 'offline', time: Date.now() }), {
					qos: 1,
					retain: true
				})
				.catch(() => undefined);
			await client.endAsync();
		}
	};
}
