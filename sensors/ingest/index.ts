export { createStoreWriter, type StoreWriter, type WriteOutcome } from './createStoreWriter.js';
export { createIngestPipeline, type IngestPipeline, type SilentGateway } from './createIngestPipeline.js';
export { ingestMetrics } from './ingestMetrics.js';
export { takePublishes, type OnPublish, type PublishTap } from './takePublishes.js';
export { openDeadLetters, type DeadLetter, type DeadLetters } from './openDeadLetters.js';
export { openSpool, type Spool } from './openSpool.js';
export { startIngest, type IngestPorts, type IngestWorker } from './startIngest.js';
export {
	defaults as ingestDefaults,
	type IngestCounters,
	type IngestDeps,
	type IngestOptions,
	type StaleSeries
} from './types.js';
export { startTelemetry, type RunningTelemetry, type TelemetrySettings } from './startTelemetry.js';
export { readIngestMetrics, type IngestStatus } from './readIngestMetrics.js';
