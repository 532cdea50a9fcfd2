import { join } from 'node:path';
import type { Logger } from 'pino';
import type { ReferenceData } from '../../data/reference/index.js';
import {
	openTelemetryStore,
	type TelemetryStore,
	type TelemetryStoreSettings
} from '../../data/telemetry/index.js';
import { protocolContextOf } from '../protocol/index.js';
import { loadRegistry } from '../security/index.js';
import { openDeadLetters, type DeadLetters } from './openDeadLetters.js';
import { startIngest, type IngestWorker } from './startIngest.js';

/** The settings startTelemetry reads; the app's Config has this shape. */
export interface TelemetrySettings {
	/** Folder for the SQLite store, the spool and the dead letters. */
	readonly dataDir: string;
	/** `registry`: the gateway registry file (empty = none); its `intervalSeconds` set each gateway's expected interval. */
	readonly mqtt: { readonly username: string; readonly password: string; readonly registry: string };
	readonly ingest: {
		readonly enabled: boolean;
		readonly clientId: string;
		readonly shareGroup: string;
		readonly maxInFlight: number;
		readonly batchReadings: number;
		readonly batchDelayMs: number;
		readonly expectedIntervalSeconds: number;
	};
	readonly telemetry: {
		readonly store: TelemetryStoreSettings['store'];
		readonly influx: TelemetryStoreSettings['influx'];
	};
}

/** The telemetry side of a running app: the store others read through, the worker filling it, its dead letters. */
export interface RunningTelemetry {
	readonly store: TelemetryStore;
	/** Absent when ingest is disabled in the settings. */
	readonly ingest?: IngestWorker;
	readonly deadLetters: DeadLetters;
	stop(): Promise<void>;
}

/**
 * Opens the configured store and starts ingest from `mqttUrl` into it. The embedded Aedes broker
 * speaks MQTT 3.1.1 only, so `embedded` uses protocol 4 (no shared subscriptions); an external
 * broker (Mosquitto) gets MQTT 5.
 */
export async function startTelemetry(
	settings: TelemetrySettings,
	reference: ReferenceData,
	mqttUrl: string,
	broker: 'embedded' | 'external',
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
	const i = settings.ingest;
	let ingest: IngestWorker | undefined;
	try {
		if (i.enabled) {
			ingest = await startIngest(
				{
					store,
					deadLetters,
					context: protocolContextOf(reference),
					intervalOf: (s) => intervals.get(`${s.region}/${s.site}/${s.gateway}`) ?? fallback
				},
				{
					url: mqttUrl,
					username: settings.mqtt.username,
					password: settings.mqtt.password,
					clientId: i.clientId,
					protocolVersion: broker === 'embedded' ? 4 : 5,
					shareGroup: broker === 'embedded' ? '' : i.shareGroup,
					maxInFlight: i.maxInFlight,
					batchReadings: i.batchReadings,
					batchDelayMs: i.batchDelayMs,
					expectedIntervalMs: i.expectedIntervalSeconds * 1000,
					spoolDir: join(settings.dataDir, 'spool')
				},
				deps
			);
		}
	} catch (error) {
		deadLetters.close();
		await store.close();
		throw error;
	}
	return {
		store,
		ingest,
		deadLetters,
		async stop() {
			await ingest?.stop();
			deadLetters.close();
			await store.close();
		}
	};
}
