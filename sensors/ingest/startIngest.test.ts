import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../data/telemetry/sqlite/index.js';
import type { TelemetryStore } from '../../data/telemetry/index.js';
import { startEmbeddedBroker, type EmbeddedBroker } from '../broker/startEmbeddedBroker.js';
import { connectGateway } from '../gateway/index.js';
import type { ProtocolContext } from '../protocol/index.js';
import { openDeadLetters } from './openDeadLetters.js';
import { startIngest, type IngestWorker } from './startIngest.js';

const units: Record<string, string> = { water: 'L', wheat: 'kg' };
const context = (now: number): ProtocolContext => ({
	unitOf: (r) => units[r],
	capacityOf: () => undefined,
	now
});
const log = pino({ level: 'silent' });
const until = async (what: () => boolean, ms = 10_000) => {
	const deadline = Date.now() + ms;
	while (!what()) {
		if (Date.now() > deadline) throw new Error('timed out waiting');
		await new Promise((r) => setTimeout(r, 20));
	}
};

describe('startIngest with the embedded broker and the SQLite store', () => {
	const dir = mkdtempSync(join(tmpdir(), 'ros-ingest-'));
	let broker: EmbeddedBroker;
	let store: TelemetryStore;
	let worker: IngestWorker;
	beforeAll(async () => {
		broker = await startEmbeddedBroker({ host: '127.0.0.1', port: 0 });
		store = openSqliteStore({ path: join(dir, 't.sqlite') });
		worker = await startIngest(
			{ store, deadLetters: openDeadLetters(join(dir, 'dead.sqlite')), context },
			{
				url: broker.url,
				protocolVersion: 4,
				spoolDir: join(dir, 'spool'),
				fsync: false,
				batchDelayMs: 10,
				expectedIntervalMs: 1_000
			},
			{ log, now: Date.now }
		);
	});
	afterAll(async () => {
		await worker?.stop();
		await store?.close();
		await broker?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('stores batched readings in canonical units, dead-letters bad ones, and tracks gateway status and staleness', async () => {
		const gw = await connectGateway(
			broker.url,
			{ region: 'north-lake', site: 'depot-1', gateway: 'gw-1' },
			{ username: '', password: '' },
			{ firstSeq: 1, protocolVersion: 4, connectTimeoutMs: 5_000 }
		);
		const t0 = Date.now() - 60_000;
		for (let m = 0; m < 20; m++) {
			await gw.publish(
				Array.from({ length: 10 }, (_, i) => ({
					resource: 'wheat',
					quantity: 'stock' as const,
					value: m + i / 10,
					unit: 't',
					time: t0 + m * 1_000 + i
				}))
			);
		}
		await gw.publish([
			{ resource: 'water', quantity: 'stock', value: 2, unit: 'm3', time: t0 },
			{ resource: 'water', quantity: 'stock', value: 1, unit: 'furlong', time: t0 + 1 }
		]);
		await until(() => worker.counters().stored === 201);
		const c = worker.counters(); // 21 readings messages and the online status
		expect(c).toMatchObject({
			messages: 22,
			received: 202,
			rejected: 1,
			spooled: 0,
			duplicateMessages: 0,
			missingMessages: 0
		});
		expect(worker.deadLetters.countByReason()).toEqual({ 'unknown-unit': 1 });
		const latest = await store.latest({ resource: 'wheat' });
		expect(latest).toEqual([
			{
				region: 'north-lake',
				site: 'depot-1',
				gateway: 'gw-1',
				resource: 'wheat',
				quantity: 'stock',
				time: t0 + 19_000 + 9,
				value: 19_900,
				seq: 20
			}
		]);
		expect((await store.latest({ resource: 'water' }))[0]!.value).toBe(2_000);
		await until(() => worker.gateways().get('north-lake/depot-1/gw-1')?.state === 'online');
		// Staleness counts from arrival (ingest's clock), not from the readings' own times a minute ago.
		const arrived = Date.now();
		expect(worker.stale(arrived)).toEqual([]);
		expect(
			worker
				.stale(arrived + 3_000)
				.map((s) => s.series.resource)
				.sort()
		).toEqual(['water', 'wheat']);
		await gw.close();
		await until(() => worker.gateways().get('north-lake/depot-1/gw-1')?.state === 'offline');
	});
});
