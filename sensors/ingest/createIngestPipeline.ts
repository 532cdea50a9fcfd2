import { findStaleSeries, type Reading, type TelemetryStore } from '../../data/telemetry/index.js';
import {
	decodeMessage,
	type GatewayStatus,
	type Origin,
	type ProtocolContext,
	type ProtocolOptions,
	type SensorMessage
} from '../protocol/index.js';
import { createStoreWriter } from './createStoreWriter.js';
import type { DeadLetters } from './openDeadLetters.js';
import { openSpool } from './openSpool.js';
import type { IngestCounters, IngestDeps, IngestOptions, StaleSeries } from './types.js';

/** What ingest reads and writes through. */
export interface IngestPorts {
	readonly store: TelemetryStore;
	readonly deadLetters: DeadLetters;
	/** Catalogue lookups for the decoder, given now (see `protocolContextOf`). */
	readonly context: (now: number) => ProtocolContext;
	/** Expected reporting interval of a gateway in ms (e.g. from the gateway registry); default `expectedIntervalMs`. */
	readonly intervalOf?: (gateway: Origin) => number;
	/** Gateways that should be reporting (the registry): one that never spoke is reported too. */
	readonly registered?: readonly Origin[];
}

/** A gateway that is not reporting: never heard since ingest started, offline by its Last Will, or silent. */
export interface SilentGateway {
	readonly gateway: Origin;
	readonly state: 'never-heard' | 'offline' | 'silent';
	/** When ingest last received anything from it (ms, ingest's clock), if ever. */
	readonly lastHeard?: number;
}

/** What any ingest front (the MQTT worker, the embedded broker's hook) offers to the rest of the app. */
export interface IngestWorker {
	counters(): IngestCounters;
	/** Series with nothing received for 3 expected intervals at `now` (ingest's clock, not the gateway's), oldest silence first. */
	stale(now?: number): StaleSeries[];
	/** Registered gateways never heard, offline (Last Will), or silent for 3 intervals; and unregistered ones gone offline or silent. */
	silentGateways(now?: number): SilentGateway[];
	/** Last status each gateway announced (`offline` comes from its Last Will), keyed `region/site/gateway`. */
	gateways(): ReadonlyMap<string, GatewayStatus & { readonly receivedAt: number }>;
	readonly deadLetters: DeadLetters;
	/** Writes what it holds and stops. */
	stop(): Promise<void>;
}

/** Decoding, batching and storing, without a transport: `accept` resolves once a message is safe. */
export interface IngestPipeline {
	/**
	 * Takes one message; resolves once its readings are in the store or the fsynced spool, or
	 * dead-lettered. Only then may the sender be acknowledged. Rejects only on failed I/O (the
	 * message must then stay unacknowledged, so it is delivered again).
	 */
	accept(topic: string, payload: Uint8Array): Promise<void>;
	/** Counters with `inFlight` given by the transport (messages received and not yet acknowledged). */
	counters(inFlight: number): IngestCounters;
	stale(now?: number): StaleSeries[];
	silentGateways(now?: number): SilentGateway[];
	gateways(): ReadonlyMap<string, GatewayStatus & { readonly receivedAt: number }>;
	readonly deadLetters: DeadLetters;
	/** Writes what is queued and closes the spool. */
	close(): Promise<void>;
}

const seriesId = (r: Reading) => `${r.region}/${r.site}/${r.gateway}/${r.resource}/${r.quantity}`;

/**
 * The transport-free half of ingest: decodes each message, counts redeliveries and gaps by `seq`,
 * dead-letters refusals with reasons, and writes readings in batches (spooling while the store is
 * down). Both the external MQTT worker and the embedded broker feed it.
 */
export async function createIngestPipeline(
	ports: IngestPorts,
	o: IngestOptions & { protocol?: Partial<ProtocolOptions> },
	deps: IngestDeps
): Promise<IngestPipeline> {
	const { store, deadLetters } = ports;
	const log = deps.log;
	const spool = openSpool(o.spoolDir, { fsync: o.fsync });
	const c = { messages: 0, received: 0, rejected: 0, duplicateMessages: 0, missingMessages: 0 };
	const deadLetter = (topic: string, payload: Uint8Array, reason: string, detail: string, n = 1) => {
		c.rejected += n;
		deadLetters.add({ time: deps.now(), topic, reason, detail, payload });
	};
	const writer = createStoreWriter(store, spool, o, {
		log,
		now: deps.now,
		onSpooledRefused: (batch, error) =>
			deadLetter(
				'(spool)',
				new TextEncoder().encode(JSON.stringify(batch)),
				'store-refused',
				error.message,
				batch.length
			)
	});
	// Staleness is measured by arrival on ingest's clock: a gateway whose clock runs fast cannot
	// hide its silence. Series already in the store count as heard at their reading's time, at latest now.
	// Each series' last reading, and when it arrived (two maps: no copy of the reading per message).
	const heard = new Map<string, Reading>();
	const heardAt = new Map<string, number>();
	const gatewayHeard = new Map<string, number>();
	const started = deps.now();
	for (const r of await store.latest({}).catch(() => [] as Reading[])) {
		const time = Math.min(r.time, started);
		heard.set(seriesId(r), r);
		heardAt.set(seriesId(r), time);
		const id = `${r.region}/${r.site}/${r.gateway}`;
		gatewayHeard.set(id, Math.max(gatewayHeard.get(id) ?? -Infinity, time));
	}
	const lastSeq = new Map<string, number>();
	const gateways = new Map<string, GatewayStatus & { receivedAt: number }>();
	const gatewayId = (o: Origin) => `${o.region}/${o.site}/${o.gateway}`;
	const intervalOf = ports.intervalOf ?? (() => o.expectedIntervalMs);

	const accept = async (topic: string, payload: Uint8Array): Promise<void> => {
		c.messages++;
		const arrivedAt = deps.now();
		let message: SensorMessage;
		try {
			message = decodeMessage(topic, payload, ports.context(deps.now()), o.protocol);
		} catch (error) {
			// A payload that breaks the decoder would break it again on every redelivery: dead-letter it.
			log.error({ err: (error as Error).message, topic }, 'decoder failed');
			deadLetter(topic, payload, 'decode-error', (error as Error).message);
			return;
		}
		switch (message.kind) {
			case 'readings': {
				const { origin, seq, readings, rejected } = message;
				const gateway = gatewayId(origin);
				gatewayHeard.set(gateway, arrivedAt);
				const previous = lastSeq.get(gateway);
				if (previous !== undefined && seq <= previous) c.duplicateMessages++;
				if (previous !== undefined && seq > previous + 1) c.missingMessages += seq - previous - 1;
				lastSeq.set(gateway, Math.max(seq, previous ?? seq));
				c.received += readings.length + rejected.length;
				for (const r of rejected) deadLetter(topic, payload, r.reason, r.detail);
				if (readings.length === 0) return;
				const outcome = await writer.submit(readings);
				if (outcome.status === 'refused') {
					deadLetter(topic, payload, 'store-refused', outcome.error.message, readings.length);
					return;
				}
				// Only the readings the store turned down are dead-lettered; the rest of the message is stored.
				const turnedDown = outcome.status === 'stored' ? outcome.refused : [];
				const refused = turnedDown.length === 0 ? undefined : new Set(turnedDown.map((x) => x.reading));
				for (const { reading: r, error } of turnedDown)
					deadLetter(
						topic,
						payload,
						'store-refused',
						`${r.resource}/${r.quantity} at ${r.time} ms: ${error.message}`
					);
				for (let k = 0; k < readings.length; k++) {
					const r = readings[k]!;
					const next = readings[k + 1];
					if (refused?.has(r)) continue;
					// The next reading of the same series in this message replaces this one: skip the lookups.
					if (next && next.resource === r.resource && next.quantity === r.quantity && !refused?.has(next))
						continue;
					const id = seriesId(r);
					heard.set(id, r);
					heardAt.set(id, arrivedAt);
				}
				return;
			}
			case 'status':
				gateways.set(gatewayId(message.origin), { ...message.status, receivedAt: arrivedAt });
				// A Last Will is published by the broker, not the gateway: it does not count as hearing from it.
				if (message.status.state === 'online') gatewayHeard.set(gatewayId(message.origin), arrivedAt);
				return;
			case 'rejected':
				deadLetter(topic, payload, message.rejection.reason, message.rejection.detail);
				return;
		}
	};

	return {
		accept,
		counters(inFlight) {
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
				inFlight
			};
		},
		stale: (now = deps.now()) =>
			findStaleSeries(
				[...heard].map(([id, r]) => ({ ...r, time: heardAt.get(id)! })),
				intervalOf,
				now
			),
		silentGateways(now = deps.now()) {
			const known = new Map<string, Origin>();
			for (const g of ports.registered ?? []) known.set(gatewayId(g), g);
			for (const id of [...gatewayHeard.keys(), ...gateways.keys()]) {
				const [region, site, gateway] = id.split('/') as [string, string, string];
				if (!known.has(id)) known.set(id, { region, site, gateway });
			}
			const silent: SilentGateway[] = [];
			for (const [id, gateway] of known) {
				const lastHeard = gatewayHeard.get(id);
				const entry = (state: SilentGateway['state']) =>
					silent.push(lastHeard === undefined ? { gateway, state } : { gateway, state, lastHeard });
				if (gateways.get(id)?.state === 'offline') entry('offline');
				else if (lastHeard === undefined) entry('never-heard');
				else if (now - lastHeard >= 3 * intervalOf(gateway)) entry('silent');
			}
			return silent.sort((a, b) => (a.lastHeard ?? -Infinity) - (b.lastHeard ?? -Infinity));
		},
		gateways: () => gateways,
		deadLetters,
		async close() {
			await writer.close();
			spool.close();
		}
	};
}
