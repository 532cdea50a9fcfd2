/**
 * Runs one ingest worker as its own process, for fault tests and benchmarks that must kill it:
 * `node --import tsx runIngestProcess.ts '<json>'` with { url, clientId, sqlitePath, spoolDir,
 * deadLettersPath, protocolVersion?, shareGroup?, batchReadings?, batchDelayMs?, maxInFlight?,
 * influx?: { url, database }, measure? }. Prints `ready` once subscribed and stops cleanly on
 * SIGTERM. With `measure`, each stored reading's value is taken as its publish time (see latencyOf), and on
 * stopping one JSON line `{"latencies":[...]}` gives publish-to-stored times (for benchmarks).
 */
import pino from 'pino';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { openInfluxStore } from '../../data/telemetry/influx/index.js';
import type { TelemetryStore } from '../../data/telemetry/index.js';
import { openSqliteStore } from '../../data/telemetry/sqlite/index.js';
import { latencyOf } from '../gateway/latencyOf.js';
import { protocolContextOf } from '../protocol/index.js';
import { openDeadLetters } from './openDeadLetters.js';
import { startIngest } from './startIngest.js';

const settings = JSON.parse(process.argv[2] ?? '{}') as {
	url: string;
	clientId: string;
	sqlitePath: string;
	spoolDir: string;
	deadLettersPath: string;
	protocolVersion?: 4 | 5;
	shareGroup?: string;
	batchReadings?: number;
	batchDelayMs?: number;
	maxInFlight?: number;
	influx?: { url: string; database: string };
	measure?: boolean;
};
const reference = await loadReference(defaultReferencePaths);
const inner: TelemetryStore = settings.influx
	? openInfluxStore(settings.influx)
	: openSqliteStore({ path: settings.sqlitePath });
const latencies: number[] = [];
const store: TelemetryStore = settings.measure
	? {
			...inner,
			write: async (batch) => {
				await inner.write(batch);
				const now = Date.now();
				for (const r of batch) latencies.push(latencyOf(r.value, now));
			}
		}
	: inner;
const deadLetters = openDeadLetters(settings.deadLettersPath);
const worker = await startIngest(
	{ store, deadLetters, context: protocolContextOf(reference) },
	{ ...settings, protocolVersion: settings.protocolVersion ?? 5 },
	{ log: pino({ level: process.env.INGEST_LOG ?? 'warn' }, pino.destination(2)), now: Date.now }
);
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
	void worker.stop().then(async () => {
		deadLetters.close();
		await store.close();
		// Exit only once the figures are flushed to the pipe.
		process.stdout.write(settings.measure ? `${JSON.stringify({ latencies })}\n` : '', () => process.exit(0));
	});
});
