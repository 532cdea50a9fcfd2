import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { ReferenceData } from '../../data/reference/index.js';
import {
	openTelemetryStore,
	type TelemetryStore,
	type TelemetryStoreSettings
} from '../../data/telemetry/index.js';
import { startEmbeddedBroker, type EmbeddedBroker } from '../broker/startEmbeddedBroker.js';
import { protocolContextOf } from '../protocol/index.js';
import { loadRegistry } from '../security/index.js';
import { createIngestPipeline, type IngestPipeline, type IngestWorker } from './createIngestPipeline.js';
import { openDeadLetters, type DeadLetters } from './openDeadLetters.js';
import { startIngest } from './startIngest.js';
import { defaults as ingestDefaults } from './types.js';

/** The settings startTelemetry reads; the app's Config has this shape. */
export interface TelemetrySettings {
	/** Folder for the SQLite store, the spool and the dead letters. */
	readonly dataDir: string;
	/**
	 * `embedded`: an Aedes broker in this process on host:port, ingest inside it; `external`: ingest
	 * connects to `url`. `registry`: the gateway registry file (empty = none; then the embedded
	 * broker stays on loopback); its `intervalSeconds` set each gateway's expected interval.
	 */
	readonly mqtt: {
		readonly broker: 'embedded' | 'external';
		readonly host: string;
		readonly port: number;
		readonly url: string;
		readonly username: string;
		readonly password: string;
		readonly registry: string;
		/** Embedded: a TLS listener when `certfile` and `keyfile` are set. External: `cafile` checks the broker's certificate. */
		readonly tls?: {
			readonly host: string;
			readonly port: number;
			readonly certfile: string;
			readonly keyfile: string;
			readonly cafile: string;
		};
	};
	readonly ingest: {
		readonly enabled: boolean;
		readonly clientId: string;
		readonly shareGroup: string;
		readonly maxInFlight: number;
		readonly batchReadings: number;
		readonly batchDelayMs: number;
		readonly writesInFlight: number;
		readonly expectedIntervalSeconds: number;
	};
	readonly telemetry: {
		readonly store: TelemetryStoreSettings['store'];
		readonly influx: TelemetryStoreSettings['influx'];
	};
}

/** The telemetry side of a running app: where gateways publish, the store others read through, ingest, its dead letters. */
export interface RunningTelemetry {
	/** Where gateways publish: the embedded broker's address, or the external broker's. */
	readonly mqttUrl: string;
	/** The embedded broker's TLS listener (`mqtts://`), when configured. */
	readonly mqttTlsUrl?: string;
	readonly store: TelemetryStore;
	/** Absent when ingest is disabled in the settings. */
	readonly ingest?: IngestWorker;
	readonly deadLetters: DeadLetters;
	stop(): Promise<void>;
}

/**
 * Opens the configured store and starts ingest. Embedded: the ingest pipeline runs inside the
 * Aedes broker, which acknowledges a publish only once the pipeline has it durable (see
 * `startEmbeddedBroker`), so a crash of this process loses nothing acknowledged. External: an
 * MQTT 5 worker on a persistent session that acknowledges after storing (see `startIngest`).
 */
export async function startTelemetry(
	settings: TelemetrySettings,
	reference: ReferenceData,
	deps: { log: Logger; now: () => number }
): Promise<RunningTelemetry> {
	const registry = settings.mqtt.registry === '' ? undefined : await loadRegistry(settings.mqtt.registry);
	const intervals = new Map(
		registry?.gateways.map((g) => [`${g.region}/${g.site}/${g.gateway}`, g.intervalSeconds * 1000]) ?? []
	);
	const fallback = settings.ingest.expectedIntervalSeconds * 1000;
	const store = openTelemetryStore({
		...settings.telemetry,
		sqlitePath: join(settings.dataDir, 'telemetry.sqlite')
	});
	const deadLetters = openDeadLetters(join(settings.dataDir, 'deadletters.sqlite'));
	const ports = {
		store,
		deadLetters,
		context: protocolContextOf(reference),
		intervalOf: (s: { region: string; site: string; gateway: string }) =>
			intervals.get(`${s.region}/${s.site}/${s.gateway}`) ?? fallback,
		registered: registry?.gateways.map((g) => ({ region: g.region, site: g.site, gateway: g.gateway })) ?? []
	};
	const i = settings.ingest;
	const options = {
		...ingestDefaults,
		maxInFlight: i.maxInFlight,
		batchReadings: i.batchReadings,
		batchDelayMs: i.batchDelayMs,
		writesInFlight: i.writesInFlight,
		expectedIntervalMs: i.expectedIntervalSeconds * 1000,
		spoolDir: join(settings.dataDir, 'spool')
	};
	let ingest: IngestWorker | undefined;
	let broker: EmbeddedBroker | undefined;
	try {
		if (settings.mqtt.broker === 'embedded') {
			const log = deps.log.child({ part: 'ingest' });
			const pipeline = i.enabled ? await createIngestPipeline(ports, options, { ...deps, log }) : undefined;
			let pending = 0;
			if (pipeline) ingest = embeddedWorker(pipeline, () => pending);
			const tls = settings.mqtt.tls;
			broker = await startEmbeddedBroker({
				host: settings.mqtt.host,
				port: settings.mqtt.port,
				registry,
				...(tls && tls.certfile !== '' && tls.keyfile !== ''
					? {
							tls: {
								host: tls.host,
								port: tls.port,
								cert: await readFile(tls.certfile),
								key: await readFile(tls.keyfile)
							}
						}
					: {}),
				accept:
					pipeline &&
					(async (topic, payload) => {
						pending++;
						try {
							await pipeline.accept(topic, payload);
						} finally {
							pending--;
						}
					})
			});
		} else if (i.enabled) {
			ingest = await startIngest(
				ports,
				{
					...options,
					url: settings.mqtt.url,
					username: settings.mqtt.username,
					password: settings.mqtt.password,
					caFile: settings.mqtt.tls?.cafile ?? '',
					clientId: i.clientId,
					protocolVersion: 5,
					shareGroup: i.shareGroup
				},
				deps
			);
		}
	} catch (error) {
		await ingest?.stop();
		deadLetters.close();
		await store.close();
		throw error;
	}
	return {
		mqttUrl: broker?.url ?? settings.mqtt.url,
		...(broker?.tlsUrl ? { mqttTlsUrl: broker.tlsUrl } : {}),
		store,
		ingest,
		deadLetters,
		async stop() {
			// The broker first, so nothing new arrives while ingest writes what it holds.
			await broker?.close();
			await ingest?.stop();
			deadLetters.close();
			await store.close();
		}
	};
}

/** The embedded broker's ingest, seen as a worker; `inFlight` counts publishes not yet acknowledged. */
function embeddedWorker(pipeline: IngestPipeline, inFlight: () => number): IngestWorker {
	return {
		counters: () => pipeline.counters(inFlight()),
		stale: (now) => pipeline.stale(now),
		silentGateways: (now) => pipeline.silentGateways(now),
		gateways: () => pipeline.gateways(),
		deadLetters: pipeline.deadLetters,
		stop: () => pipeline.close()
	};
}
