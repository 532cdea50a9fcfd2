import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../data/telemetry/sqlite/index.js';
import {
	createIngestPipeline,
	ingestDefaults,
	ingestMetrics,
	openDeadLetters,
	type IngestWorker
} from '../../sensors/ingest/index.js';
import { encodeReadings, topicOf } from '../../sensors/protocol/index.js';
import { metricsRoute } from './metricsRoute.js';
import { waterOnlyContext } from '../../sensors/testing/index.js';

const dir = mkdtempSync(join(tmpdir(), 'ros-metrics-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('GET /metrics', () => {
	it('shows the ingest counters, dead letters by reason, stale series and silent gateways in Prometheus text format', async () => {
		let now = Date.UTC(2026, 0, 1);
		const store = openSqliteStore({ path: join(dir, 't.sqlite') });
		const gw = { region: 'north-lake', site: 'depot-1', gateway: 'gw-1' };
		const pipeline = await createIngestPipeline(
			{
				store,
				deadLetters: openDeadLetters(':memory:'),
				context: waterOnlyContext,
				registered: [gw, { ...gw, gateway: 'gw-2' }]
			},
			{ ...ingestDefaults, spoolDir: join(dir, 'spool'), fsync: false, batchDelayMs: 1 },
			{ log: pino({ level: 'silent' }), now: () => now }
		);
		await pipeline.accept(
			topicOf(gw, 'readings'),
			new TextEncoder().encode(
				encodeReadings(1, [
					{ resource: 'water', quantity: 'stock', value: 5, unit: 'L', time: now },
					{ resource: 'water', quantity: 'stock', value: 5, unit: 'oz', time: now }
				])
			)
		);
		const worker: IngestWorker = {
			...pipeline,
			counters: () => pipeline.counters(0),
			stop: () => pipeline.close()
		};
		const route = metricsRoute(ingestMetrics(worker, () => now));
		const server = createServer((req, res) => route(req, res) || res.writeHead(404).end());
		await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
		const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		now += 45_000;
		const answer = await fetch(`${url}/metrics`);
		expect(answer.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
		const text = await answer.text();
		expect(text).toContain(
			'# TYPE resourceos_ingest_stored_total counter\nresourceos_ingest_stored_total 1\n'
		);
		expect(text).toContain('resourceos_ingest_rejected_total 1\n');
		expect(text).toContain('resourceos_ingest_dead_letters{reason="unknown-unit"} 1\n');
		expect(text).toContain(
			'resourceos_series_stale_seconds{region="north-lake",site="depot-1",gateway="gw-1",resource="water",quantity="stock"} 45\n'
		);
		expect(text).toContain(
			'resourceos_gateway_silent{region="north-lake",site="depot-1",gateway="gw-2",state="never-heard"} 1\n'
		);
		expect(text).toContain(
			'resourceos_gateway_silent{region="north-lake",site="depot-1",gateway="gw-1",state="silent"} 1\n'
		);
		expect((await fetch(`${url}/other`)).status).toBe(404);
		expect((await fetch(`${url}/metrics`, { method: 'POST' })).status).toBe(405);
		await new Promise((r) => server.close(r));
		await pipeline.close();
		await store.close();
	});
});
