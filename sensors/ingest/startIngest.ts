import mqtt, { type IClientOptions } from 'mqtt';
import {
	findStaleSeries,
	type Reading,
	type SeriesKey,
	type TelemetryStore
} from '../../data/telemetry/index.js';
import {
	decodeMessage,
	ingestFilters,
	type GatewayStatus,
	type ProtocolContext,
	type ProtocolOptions,
	type SensorMessage
} from '../protocol/index.js';
import { createStoreWriter } from './createStoreWriter.js';
import { deferPubacks } from './deferPubacks.js';
import type { DeadLetters } from './openDeadLetters.js';
import { openSpool } from './openSpool.js';
import {
	defaults,
	type IngestCounters,
	type IngestDeps,
	type IngestOptions,
	type StaleSeries
} from './types.js';

/** A running ingest worker. */
export interface IngestWorker {
	counters(): IngestCounters;
	/** Series silent for 3 expected intervals at `now`, oldest silence first. */
	stale(now?: number): StaleSeries[];
	/** Last status each gateway announced (`offline` comes from its Last Will), keyed `region/site/gateway`. */
	gateways(): ReadonlyMap<string, GatewayStatus & { readonly receivedAt: number }>;
	readonly deadLetters: DeadLetters;
	/** Writes what it holds, acknowledges it, and disconnects (the broker keeps the session). */
	stop(): Promise<void>;
}

/** What the worker reads and writes through. */
export interface IngestPorts {
	readonly store: TelemetryStore;
	readonly deadLetters: DeadLetters;
	/** Catalogue lookups for the decoder, given now (see `protocolContextOf`). */
	readonly context: (now: number) => ProtocolContext;
	/** Expected reporting interval of a series in ms (e.g. from the gateway registry); default `expectedIntervalMs`. */
	readonly intervalOf?: (series: SeriesKey) => number;
}

const seriesId = (r: Reading) => `${r.region}/${r.site}/${r.gateway}/${r.resource}/${r.quantity}`;

/**
 * Subscribes to every gateway's readings and status with QoS 1 on a persistent session, decodes
 * each message, writes readings in batches, and acknowledges a message only once its readings are
 * in the store or the spool, or dead-lettered. Refused messages go to the dead letters with reasons.
 */
export async function startIngest(
	ports: IngestPorts,
	options: Partial<IngestOptions> & { protocol?: Partial<ProtocolOptions> },
	deps: IngestDeps
): Promise<IngestWorker> {
	const o: IngestOptions = { ...defaults, ...options };
	if (o.shareGroup !== '' && o.protocolVersion !== 5)
		throw new RangeError('shared subscriptions need MQTT 5 (protocolVersion 5)');
	const { store, deadLetters } = ports;
	const log = deps.log.child({ part: 'ingest', clientId: o.clientId });
	const spool = openSpool(o.spoolDir, { fsync: o.fsync });
	const c = { messages: 0, received: 0, rejected: 0, duplicateMessages: 0, missingMessages: 0 };
	const writer = createStoreWriter(store, spool, o, {
		log,
		now: deps.now,
		onSpooledRefused: (batch, error) => {
			c.rejected += batch.length;
			deadLetters.add({
				time: deps.now(),
				topic: '(spool)',
				reason: 'store-refused',
				detail: error.message,
				payload: new TextEncoder().encode(JSON.stringify(batch))
			});
		}
	});
	const latest = new Map<string, Reading>();
	for (const r of await store.latest({}).catch(() => [] as Reading[])) latest.set(seriesId(r), r);
	const lastSeq = new Map<string, number>();
	const gateways = new Map<string, GatewayStatus & { receivedAt: number }>();
	let stopping = false;

	const deadLetter = (topic: string, payload: Uint8Array, reason: string, detail: string) => {
		c.rejected++;
		deadLetters.add({ time: deps.now(), topic, reason, detail, payload });
	};

	const handle = async (topic: string, payload: Uint8Array): Promise<void> => {
		c.messages++;
		let message: SensorMessage;
		try {
			message = decodeMessage(topic, payload, ports.context(deps.now()), options.protocol);
		} catch (error) {
			// A payload that breaks the decoder would break it again on every redelivery: dead-letter it.
			log.error({ err: (error as Error).message, topic }, 'decoder failed');
			deadLetter(topic, payload, 'decode-error', (error as Error).message);
			return;
		}
		switch (message.kind) {
			case 'readings': {
				const { origin, seq, readings, rejected } = message;
				const gateway = `${origin.region}/${origin.site}/${origin.gateway}`;
				const previous = lastSeq.get(gateway);
				if (previous !== undefined && seq <= previous) c.duplicateMessages++;
				if (previous !== undefined && seq > previous + 1) c.missingMessages += seq - previous - 1;
				lastSeq.set(gateway, Math.max(seq, previous ?? seq));
				c.received += readings.length + rejected.length;
				for (const r of rejected) deadLetter(topic, payload, r.reason, r.detail);
				if (readings.length === 0) return;
				const outcome = await writer.submit(readings);
				if (outcome.status === 'refused') {
					c.rejected += readings.length;
					deadLetters.add({
						time: deps.now(),
						topic,
						reason: 'store-refused',
						detail: outcome.error.message,
						payload
					});
					return;
				}
				for (const r of readings) {
					const id = seriesId(r);
					if ((latest.get(id)?.time ?? -Infinity) <= r.time) latest.set(id, r);
				}
				return;
			}
			case 'status':
				gateways.set(`${message.origin.region}/${message.origin.site}/${message.origin.gateway}`, {
					...message.status,
					receivedAt: deps.now()
				});
				return;
			case 'rejected':
				deadLetter(topic, payload, message.rejection.reason, message.rejection.detail);
				return;
		}
	};

	const clientOptions: IClientOptions = {
		clientId: o.clientId,
		clean: false,
		protocolVersion: o.protocolVersion,
		reconnectPeriod: 1_000,
		connectTimeout: o.connectTimeoutMs,
		// MQTT.js calls its debug logger several times per packet; ours logs what matters.
		log: () => undefined,
		...(o.username !== '' ? { username: o.username, password: o.password } : {}),
		...(o.protocolVersion === 5
			? {
					properties: {
						sessionExpiryInterval: o.sessionExpirySeconds,
						receiveMaximum: Math.min(o.maxInFlight, 65_535)
					}
				}
			: {})
	};
	const client = mqtt.connect(o.url, { ...clientOptions, manualConnect: true });
	const acks = deferPubacks(client, o.maxInFlight);
	// MQTT.js emits 'message' just before it sends the PUBACK, which deferPubacks then holds back.
	client.on('message', (topic, message, packet) => {
		if (stopping) {
			// Held and never released, so never acknowledged: the broker redelivers it to the next worker.
			if (packet.qos > 0) acks.hold(packet.messageId!);
			return;
		}
		const release = packet.qos > 0 ? acks.hold(packet.messageId!) : () => undefined;
		handle(topic, message).then(release, (error: unknown) =>
			log.error(
				{ err: (error as Error).message, topic },
				'message not handled; left unacknowledged for redelivery'
			)
		);
	});
	client.on('error', (error) => log.warn({ err: error.message }, 'mqtt error'));
	client.on('offline', () => log.warn('broker connection lost; reconnecting'));
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => {
			client.end(true);
			reject(new Error(`ingest could not connect to ${o.url} within ${o.connectTimeoutMs} ms`));
		}, o.connectTimeoutMs);
		client.once('connect', () => {
			clearTimeout(timer);
			resolve();
		});
		client.connect();
	});
	client.on('connect', () => log.info('reconnected'));
	const granted = await client.subscribeAsync(ingestFilters(o.shareGroup || undefined), { qos: 1 });
	const refused = granted.filter((g) => g.qos !== 0 && g.qos !== 1 && g.qos !== 2);
	if (refused.length > 0) {
		await client.endAsync(true);
		throw new Error(
			`broker refused the subscriptions ${refused.map((g) => g.topic).join(', ')} (check the ACL for ${o.username || 'anonymous'})`
		);
	}
	log.info(
		{ url: o.url, filters: ingestFilters(o.shareGroup || undefined), spoolBacklog: spool.size },
		'ingest started'
	);

	const worker: IngestWorker = {
		counters() {
			const t = writer.totals;
			return {
				...c,
				stored: t.stored,
				spooled: t.spooled,
				replayed: t.replayed,
				spoolBacklog: writer.spoolSize,
				storeLatencyMs: {
					last: t.latencyLast,
					max: t.latencyMax,
					mean: t.writes === 0 ? 0 : t.latencySum / t.writes
				},
				lagMs: t.lagMs,
				inFlight: acks.inFlight
			};
		},
		stale: (now = deps.now()) =>
			findStaleSeries([...latest.values()], ports.intervalOf ?? (() => o.expectedIntervalMs), now),
		gateways: () => gateways,
		deadLetters,
		async stop() {
			stopping = true;
			await writer.close();
			// Let the last acknowledgements reach the socket before closing it.
			await new Promise((r) => setTimeout(r, 20));
			await client.endAsync();
			spool.close();
			log.info(worker.counters(), 'ingest stopped');
		}
	};
	return worker;
}
