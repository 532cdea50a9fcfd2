import { readFile } from 'node:fs/promises';
import { isIP, connect as tcpConnect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { MqttClient, type IClientOptions } from 'mqtt';
import { ingestFilters, type ProtocolOptions } from '../protocol/index.js';
import { createIngestPipeline, type IngestPorts, type IngestWorker } from './createIngestPipeline.js';
import { takePublishes } from './takePublishes.js';
import { defaults, type IngestDeps, type IngestOptions } from './types.js';

export type { IngestPorts, IngestWorker } from './createIngestPipeline.js';

/**
 * The ingest worker for an external broker (Mosquitto): subscribes to every gateway's readings
 * and status with QoS 1 on a persistent session, hands each message to the ingest pipeline, and
 * acknowledges it only once its readings are in the store or the spool, or dead-lettered (see
 * `takePublishes`, which reads the messages off the wire and writes their PUBACKs). Refused messages go to the dead letters with reasons.
 */
export async function startIngest(
	ports: IngestPorts,
	options: Partial<IngestOptions> & { protocol?: Partial<ProtocolOptions> },
	deps: IngestDeps
): Promise<IngestWorker> {
	const o: IngestOptions = { ...defaults, ...options };
	if (o.shareGroup !== '' && o.protocolVersion !== 5)
		throw new RangeError('shared subscriptions need MQTT 5 (protocolVersion 5)');
	const log = deps.log.child({ part: 'ingest', clientId: o.clientId });
	const pipeline = await createIngestPipeline(ports, { ...o, protocol: options.protocol }, { ...deps, log });
	let stopping = false;

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
	const url = new URL(o.url);
	const port = Number(url.port || (url.protocol === 'mqtts:' ? 8883 : 1883));
	// The tap needs the raw byte stream: WebSocket URLs are not supported for ingest.
	if (!['mqtt:', 'tcp:', 'mqtts:'].includes(url.protocol))
		throw new RangeError(`ingest url ${o.url}: use mqtt://, tcp:// or mqtts:// (not WebSocket)`);
	// mqtts: the broker's certificate is checked against `caFile` (a private CA), else the system's CAs.
	const ca = o.caFile === '' ? undefined : await readFile(o.caFile);
	const tap = takePublishes(o, (topic, payload, ack) => {
		// While stopping, a message is never acknowledged: the broker redelivers it to the next worker.
		if (stopping) return;
		pipeline
			.accept(topic, payload)
			.then(ack, (error: unknown) =>
				log.error(
					{ err: (error as Error).message, topic },
					'message not handled; left unacknowledged for redelivery'
				)
			);
	});
	// MQTT.js's public transport hook: our socket, through the tap that takes the messages and acknowledges them.
	const client = new MqttClient(
		() =>
			tap.wrap(
				url.protocol === 'mqtts:'
					? tlsConnect({
							host: url.hostname,
							port,
							...(isIP(url.hostname) ? {} : { servername: url.hostname }),
							...(ca ? { ca } : {})
						})
					: tcpConnect({ host: url.hostname, port })
			),
		{ ...clientOptions, manualConnect: true }
	);
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
		{
			url: o.url,
			filters: ingestFilters(o.shareGroup || undefined),
			spoolBacklog: pipeline.counters(0).spoolBacklog
		},
		'ingest started'
	);

	const worker: IngestWorker = {
		counters: () => pipeline.counters(tap.inFlight),
		stale: (now) => pipeline.stale(now),
		silentGateways: (now) => pipeline.silentGateways(now),
		gateways: () => pipeline.gateways(),
		deadLetters: pipeline.deadLetters,
		async stop() {
			stopping = true;
			await pipeline.close();
			// Let the last acknowledgements reach the socket before closing it.
			await new Promise((r) => setTimeout(r, 20));
			await client.endAsync();
			log.info(worker.counters(), 'ingest stopped');
		}
	};
	return worker;
}
