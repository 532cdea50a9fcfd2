/**
 * Runs the telemetry side of `resourceos start` (embedded broker and ingest, or ingest for an
 * external broker, exactly as `startApp` composes them) as its own process, for fault tests and
 * benchmarks that must kill it: `node --import tsx runTelemetryProcess.ts '<TelemetrySettings json>'`.
 * Prints `ready {mqttUrl}` once gateways can publish; stops cleanly on SIGTERM.
 */
import pino from 'pino';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { startTelemetry, type TelemetrySettings } from './startTelemetry.js';

const settings = JSON.parse(process.argv[2] ?? '{}') as TelemetrySettings;
const telemetry = await startTelemetry(settings, await loadReference(defaultReferencePaths), {
	log: pino({ level: process.env.INGEST_LOG ?? 'warn' }, pino.destination(2)),
	now: Date.now
});
process.stdout.write(`ready ${telemetry.mqttUrl}\n`);
process.once('SIGTERM', () => {
	void telemetry.stop().then(() => process.exit(0));
});
