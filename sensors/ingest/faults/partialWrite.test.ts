import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../../data/reference/index.js';
import { openInfluxStore } from '../../../data/telemetry/influx/index.js';
import { haveBinary, startInfluxDB, type RunningServer } from '../../../harness/index.js';
import { encodeReadings, protocolContextOf } from '../../protocol/index.js';
import { createIngestPipeline } from '../createIngestPipeline.js';
import { openDeadLetters } from '../openDeadLetters.js';
import { defaults } from '../types.js';

describe.runIf(haveBinary('influxd'))('fault: InfluxDB keeps part of a batch (partial write)', () => {
	const dir = mkdtempSync(join(tmpdir(), 'ros-partial-'));
	let influx: RunningServer;
	beforeAll(async () => {
		influx = await startInfluxDB();
	});
	afterAll(async () => {
		await influx?.dispose();
		rmSync(dir, { recursive: true, force: true });
	});

	it('dead-letters only the reading older than the retention period; the other 200 are stored and counted', async () => {
		// A one-hour retention period: InfluxDB answers 400 "partial write ... dropped=1" for older points.
		await fetch(`${influx.url}/query?q=${encodeURIComponent('CREATE DATABASE pw WITH DURATION 1h')}`, {
			method: 'POST'
		});
		const store = openInfluxStore({ url: influx.url, database: 'pw' });
		const deadLetters = openDeadLetters(':memory:');
		const pipeline = await createIngestPipeline(
			{ store, deadLetters, context: protocolContextOf(await loadReference(defaultReferencePaths)) },
			{ ...defaults, spoolDir: join(dir, 'spool'), fsync: false, batchDelayMs: 5 },
			{ log: pino({ level: 'silent' }), now: Date.now }
		);
		const now = Date.now();
		const good = Array.from({ length: 200 }, (_, i) => ({
			resource: 'water',
			quantity: 'inflow' as const,
			value: i,
			unit: 'L',
			time: now - 60_000 + i
		}));
		const old = {
			resource: 'water',
			quantity: 'inflow' as const,
			value: 1,
			unit: 'L',
			time: now - 2 * 3_600_000
		};
		await pipeline.accept(
			'ros/v1/north-lake/depot-1/gw-1/readings',
			new TextEncoder().encode(encodeReadings(1, [...good.slice(0, 100), old, ...good.slice(100)]))
		);
		expect(deadLetters.countByReason()).toEqual({ 'store-refused': 1 });
		expect(deadLetters.list()[0]!.detail).toMatch(/water\/inflow .*partial write/);
		expect(pipeline.counters(0)).toMatchObject({ received: 201, stored: 200, rejected: 1 });
		const q = encodeURIComponent('SELECT count("value") FROM "reading"');
		const answer = (await (await fetch(`${influx.url}/query?db=pw&q=${q}`)).json()) as {
			results: { series?: { values: [string, number][] }[] }[];
		};
		expect(answer.results[0]!.series![0]!.values[0]![1]).toBe(200);
		await pipeline.close();
		await store.close();
	});
});
