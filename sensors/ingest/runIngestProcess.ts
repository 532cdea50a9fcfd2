/**
 * Runs one ingest worker as its own process, for fault tests and benchmarks that must kill it:
 * `node --import tsx runIngestProcess.ts '<json>'` with { url, clientId, sqlitePath, spoolDir,
 * deadLettersPath, protocolVersion?, shareGroup?, batchReadings?, batchDelayMs?, maxInFlight? }.
 * Prints `ready` once subscribed and stops cleanly on SIGTERM.
 */
import pino from 'pino';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { openSqliteStore } from '../../data/telemetry/sqlite/index.js';
import { protocolContextOf } from '../protocol/index.js';
import { openDeadLetters } from './openDeadLetters.js';
import { startIngest } from './startIngest.js';

const settings = JSON.parse(process.argv[2] ?? '{}') as { url: string; clientId: string; sqlitePath: string; spoolDir: string; deadLettersPath: string; protocolVersion?: 4 | 5; shareGroup?: string; batchReadings?: number; batchDelayMs?: number; maxInFlight?: number };
const reference = await loadReference(defaultReferencePaths);
const store = openSqliteStore({ path: settings.sqlitePath });
const deadLetters = openDeadLetters(settings.deadLettersPath);
const worker = await startIngest(
	{ store, deadLetters, context: protocolContextOf(reference) },
	{ ...settings, protocolVersion: settings.protocolVersion ?? 5 },
	{ log: pino({ level: 'warn' }, pino.destination(2)), now: Date.now }
);
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
	void worker.stop().then(async () => {
		deadLetters.close();
		await store.close();
		process.exit(0);
	});
});
