import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mqtt from 'mqtt';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../data/telemetry/sqlite/index.js';
import { haveBinary, startMosquitto } from '../../../harness/index.js';
import { startEmbeddedBroker } from '../../broker/startEmbeddedBroker.js';
import { encodeReadings } from '../../protocol/index.js';
import { mosquittoAclFile, mosquittoPasswordFile } from '../../security/index.js';
import { createIngestPipeline } from '../createIngestPipeline.js';
import { openDeadLetters } from '../openDeadLetters.js';
import { startIngest } from '../startIngest.js';
import { defaults } from '../types.js';
import { twoGateways as registry, waterOnlyContext as context } from '../../testing/index.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const series = {
	region: 'north-lake',
	site: 'depot-1',
	gateway: 'gw-1',
	resource: 'water',
	quantity: 'stock'
} as const;
const TOTAL = 500;

/**
 * Gateway gw-a publishes TOTAL readings (QoS 1, one a message); a fifth of the way in, gateway
 * gw-b connects with a clean session under ingest's client id, as finding 2 of issue 10 did.
 * Returns the readings gw-a had a PUBACK for, and the values the store holds once it drained.
 */
async function takeoverMidStream(url: string, store: ReturnType<typeof openSqliteStore>) {
	const a = await mqtt.connectAsync(url, {
		clientId: 'gw-a',
		username: 'gw-a',
		password: 'gateway-a-secret'
	});
	const t0 = Date.now() - 60_000;
	const acked = new Set<number>();
	let intruder: mqtt.MqttClient | undefined;
	for (let i = 0; i < TOTAL; i++) {
		if (i === TOTAL / 5)
			for (const clientId of ['resourceos-ingest', 'ingest'])
				intruder = await Promise.race([
					mqtt
						.connectAsync(url, {
							clientId,
							clean: true,
							username: 'gw-b',
							password: 'gateway-b-secret',
							reconnectPeriod: 0
						})
						.catch(() => undefined),
					sleep(1_000).then(() => undefined)
				]);
		await a.publishAsync(
			'ros/v1/north-lake/depot-1/gw-1/readings',
			encodeReadings(i + 1, [{ ...series, value: i, unit: 'L', time: t0 + i }]),
			{ qos: 1 }
		);
		acked.add(i);
	}
	let stored = await store.range(series, t0, t0 + TOTAL);
	for (let k = 0; k < 100 && stored.length < TOTAL; k++) {
		await sleep(100);
		stored = await store.range(series, t0, t0 + TOTAL);
	}
	await a.endAsync();
	await intruder?.endAsync(true);
	return { acked, values: stored.map((p) => p.value) };
}

describe('fault: a gateway connects with the client id of ingest mid-stream', () => {
	const dir = mkdtempSync(join(tmpdir(), 'ros-takeover-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const deps = { log: pino({ level: 'silent' }), now: Date.now };

	it('embedded broker with the registry: the id is refused; every acknowledged reading is stored once', async () => {
		const store = openSqliteStore({ path: join(dir, 'embedded.sqlite') });
		const pipeline = await createIngestPipeline(
			{ store, deadLetters: openDeadLetters(':memory:'), context },
			{ ...defaults, spoolDir: join(dir, 'spool-e'), fsync: false, batchDelayMs: 5 },
			deps
		);
		const broker = await startEmbeddedBroker({
			host: '127.0.0.1',
			port: 0,
			registry,
			accept: pipeline.accept
		});
		const r = await takeoverMidStream(broker.url, store);
		expect(r.acked.size).toBe(TOTAL);
		expect(r.values).toEqual([...r.acked]);
		await broker.close();
		await pipeline.close();
		await store.close();
	});

	it.runIf(haveBinary('mosquitto'))(
		'Mosquitto with the generated files: the id becomes the user name; ingest keeps its session and stores every acknowledged reading once',
		async () => {
			const mosquitto = await startMosquitto({
				passwordFile: mosquittoPasswordFile(registry),
				aclFile: mosquittoAclFile(registry),
				persistence: true,
				extra: ['use_username_as_clientid true']
			});
			const store = openSqliteStore({ path: join(dir, 'mosquitto.sqlite') });
			const worker = await startIngest(
				{ store, deadLetters: openDeadLetters(':memory:'), context },
				{
					url: mosquitto.url,
					username: 'ingest',
					password: 'ingest-secret-123',
					clientId: 'resourceos-ingest',
					spoolDir: join(dir, 'spool-m'),
					fsync: false,
					batchDelayMs: 5
				},
				deps
			);
			try {
				const r = await takeoverMidStream(mosquitto.url, store);
				expect(r.acked.size).toBe(TOTAL);
				expect(r.values).toEqual([...r.acked]);
				expect(worker.counters().duplicateMessages).toBe(0);
			} finally {
				await worker.stop();
				await store.close();
				await mosquitto.dispose();
			}
		},
		60_000
	);
});
