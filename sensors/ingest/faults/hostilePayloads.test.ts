import { join } from 'node:path';
import mqtt from 'mqtt';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../../data/reference/index.js';
import { openSqliteStore } from '../../../data/telemetry/sqlite/index.js';
import { haveBinary } from '../../../harness/index.js';
import { protocolContextOf } from '../../protocol/index.js';
import { openDeadLetters } from '../openDeadLetters.js';
import { startIngest } from '../startIngest.js';
import { useMosquitto } from '../../testing/index.js';

const topic = 'ros/v1/north-lake/depot-1/gw-1/readings';
const now = Date.now();
const good = (seq: number) =>
	JSON.stringify([{ bt: now / 1000 - 60, seq, n: 'water/stock', u: 'm3', v: seq }]);
const deep = (n: number) => `[{"seq":1,"n":"water/stock","u":"L","v":${'['.repeat(n)}1${']'.repeat(n)}}]`;

/** Each hostile payload and the reason it must be dead-lettered with. */
const hostile: { name: string; payload: Buffer | string; reason: string }[] = [
	{
		name: 'value as a string',
		payload: '[{"seq":1,"n":"water/stock","u":"L","v":"12"}]',
		reason: 'bad-senml'
	},
	{ name: 'NaN literal', payload: '[{"seq":1,"n":"water/stock","u":"L","v":NaN}]', reason: 'invalid-json' },
	{
		name: 'huge name',
		payload: JSON.stringify([{ seq: 1, n: 'w'.repeat(200_000), u: 'L', v: 1 }]),
		reason: 'bad-senml'
	},
	{ name: 'deep nesting', payload: deep(100_000), reason: 'too-deep' },
	{ name: 'multi-megabyte message', payload: Buffer.alloc(3 << 20, 0x20), reason: 'too-large' },
	{
		name: 'invalid UTF-8',
		payload: Buffer.from([0x5b, 0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d, 0x5d]),
		reason: 'invalid-utf8'
	},
	{
		name: 'wrong unit',
		payload: JSON.stringify([{ bt: now / 1000, seq: 1, n: 'water/stock', u: 'kWh', v: 1 }]),
		reason: 'unknown-unit'
	},
	{
		name: 'negative stock',
		payload: JSON.stringify([{ bt: now / 1000, seq: 1, n: 'water/stock', u: 'L', v: -5 }]),
		reason: 'impossible-value'
	},
	{ name: 'not an array', payload: '{"n":"water/stock"}', reason: 'bad-senml' }
];

describe.runIf(haveBinary('mosquitto'))('fault: hostile payloads in the stream', () => {
	const mosquitto = useMosquitto('hostile', { persistence: false });
	const { dir } = mosquitto;

	it('dead-letters each with its reason, keeps running, and stores the good readings around them', async () => {
		const store = openSqliteStore({ path: join(dir, 't.sqlite') });
		const deadLetters = openDeadLetters(join(dir, 'dead.sqlite'), { maxPayloadBytes: 4096 });
		const worker = await startIngest(
			{ store, deadLetters, context: protocolContextOf(await loadReference(defaultReferencePaths)) },
			{ url: mosquitto.url, spoolDir: join(dir, 'spool'), batchDelayMs: 10, fsync: false },
			{ log: pino({ level: 'silent' }), now: Date.now }
		);
		const client = await mqtt.connectAsync(mosquitto.url, { protocolVersion: 5 });
		let seq = 0;
		for (const h of hostile) {
			await client.publishAsync(topic, good(++seq), { qos: 1 });
			await client.publishAsync(topic, h.payload, { qos: 1 });
		}
		await client.publishAsync(topic, good(++seq), { qos: 1 });
		const deadline = Date.now() + 20_000;
		while (worker.counters().stored < seq && Date.now() < deadline)
			await new Promise((r) => setTimeout(r, 20));

		expect(worker.counters()).toMatchObject({ stored: seq, rejected: hostile.length, inFlight: 0 });
		const letters = deadLetters.list({ limit: 100 }).reverse();
		expect(letters.map((d) => d.reason)).toEqual(hostile.map((h) => h.reason));
		expect(
			letters.every((d) => d.topic === topic && d.payload.byteLength <= 4096 && d.detail.length > 0)
		).toBe(true);
		expect(letters.find((d) => d.reason === 'too-large')!.size).toBe(3 << 20);
		const latest = await store.latest({ resource: 'water' });
		expect(latest).toEqual([expect.objectContaining({ value: seq * 1000, seq })]);
		await client.endAsync();
		await worker.stop();
		deadLetters.close();
		await store.close();
	});
});
