import { describe, expect, it } from 'vitest';
import type { IngestWorker } from './createIngestPipeline.js';
import { ingestMetrics } from './ingestMetrics.js';
import { readIngestMetrics } from './readIngestMetrics.js';
import type { IngestCounters } from './types.js';

const counters: IngestCounters = {
	messages: 1200,
	received: 5000,
	stored: 4990,
	rejected: 10,
	spooled: 7,
	replayed: 3,
	spoolBacklog: 4,
	duplicateMessages: 2,
	missingMessages: 1,
	storeLatencyMs: { last: 3, max: 40, mean: 5 },
	lagMs: 1500,
	inFlight: 12
};
const now = 1_767_225_600_000;
const worker = {
	counters: () => counters,
	stale: () => [
		{
			series: {
				region: 'north-lake',
				site: 'depot-1',
				gateway: 'gw-1',
				resource: 'water',
				quantity: 'stock'
			},
			lastSeen: now - 45_000,
			staleSince: now - 15_000
		},
		{
			series: { region: 'delta', site: 'port "3"', gateway: 'gw-9', resource: 'wheat', quantity: 'inflow' },
			lastSeen: now - 300_000,
			staleSince: now - 270_000
		}
	],
	silentGateways: () => [
		{ gateway: { region: 'delta', site: 'port-3', gateway: 'gw-9' }, state: 'never-heard' as const },
		{
			gateway: { region: 'north-lake', site: 'depot-1', gateway: 'gw-1' },
			state: 'offline' as const,
			lastHeard: now
		}
	],
	gateways: () => new Map(),
	deadLetters: { countByReason: () => ({ 'bad-time': 6, 'unknown-unit': 4 }) },
	stop: async () => undefined
} as unknown as IngestWorker;

describe('readIngestMetrics', () => {
	it('reads back what ingestMetrics exposes: counters, dead letters, stale series (longest silence first), silent gateways', async () => {
		const status = readIngestMetrics(await ingestMetrics(worker, () => now).metrics());
		const { storeLatencyMs: _, ...exposed } = counters;
		expect(status?.counters).toEqual(exposed);
		expect(status?.deadLetters).toEqual({ 'bad-time': 6, 'unknown-unit': 4 });
		expect(status?.stale.map((s) => [s.series.site, s.silentSeconds])).toEqual([
			['port "3"', 300],
			['depot-1', 45]
		]);
		expect(status?.silent).toEqual([
			{ gateway: { region: 'delta', site: 'port-3', gateway: 'gw-9' }, state: 'never-heard' },
			{ gateway: { region: 'north-lake', site: 'depot-1', gateway: 'gw-1' }, state: 'offline' }
		]);
	});

	it('says when the text is not an ingest endpoint', () => {
		expect(readIngestMetrics('# HELP up\nup 1\n')).toBeUndefined();
	});
});
