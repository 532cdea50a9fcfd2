import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mqtt from 'mqtt';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import type { Reading, TelemetryStore } from '../../../data/telemetry/index.js';
import { openSqliteStore } from '../../../data/telemetry/sqlite/index.js';
import { startEmbeddedBroker } from '../../broker/startEmbeddedBroker.js';
import { createPublisher } from '../../gateway/index.js';
import { encodeReadings } from '../../protocol/index.js';
import { createIngestPipeline } from '../createIngestPipeline.js';
import { openDeadLetters } from '../openDeadLetters.js';
import { startIngest } from '../startIngest.js';
import { defaults } from '../types.js';
import { waterOnlyContext as context } from '../../testing/index.js';

/**
 * A slow store, so an early acknowledgement would have time to leave; every other write slower
 * still, so that with two writes in flight the second returns first. `durable` holds `site/seq`
 * of each message whose write has returned.
 */
function unevenStore(inner: TelemetryStore) {
	const durable = new Set<string>();
	const stats = { overlapped: 0, overtook: 0 };
	const pending = new Set<number>();
	let writes = 0;
	const store: TelemetryStore = {
		...inner,
		async write(batch: readonly Reading[]) {
			const n = writes++;
			pending.add(n);
			if (pending.size > 1) stats.overlapped++;
			await new Promise((r) => setTimeout(r, n % 2 === 0 ? 40 : 5));
			await inner.write(batch);
			for (const r of batch) durable.add(`${r.site}/${r.seq}`);
			pending.delete(n);
			if ([...pending].some((m) => m < n)) stats.overtook++;
		}
	};
	return { store, durable, stats };
}

describe('ingest acknowledges nothing before it is durable', () => {
	const dir = mkdtempSync(join(tmpdir(), 'ros-early-ack-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('every PUBACK the broker receives from ingest is for a message whose readings are already stored, in order, with two writes in flight', async () => {
		const broker = await startEmbeddedBroker({ host: '127.0.0.1', port: 0 });
		const inner = openSqliteStore({ path: join(dir, 't.sqlite') });
		const { store, durable, stats } = unevenStore(inner);
		const worker = await startIngest(
			{ store, deadLetters: openDeadLetters(':memory:'), context },
			{
				url: broker.url,
				clientId: 'early-ack-test',
				protocolVersion: 4,
				spoolDir: join(dir, 'spool'),
				fsync: false,
				batchReadings: 50,
				batchDelayMs: 5,
				maxInFlight: 300,
				writesInFlight: 2
			},
			{ log: pino({ level: 'silent' }), now: Date.now }
		);
		// Aedes reports each PUBACK it receives with the original message (its public 'ack' event).
		let acked = 0;
		let peak = 0;
		const early: string[] = [];
		// Each site's sequence numbers in the order their PUBACKs arrived: they must not go back.
		const lastSeq = new Map<string, number>();
		const outOfOrder: string[] = [];
		broker.aedes.on('ack', (packet, client) => {
			if (client?.id !== 'early-ack-test' || !('topic' in packet) || !packet.topic.endsWith('/readings'))
				return;
			acked++;
			peak = Math.max(peak, worker.counters().inFlight);
			const site = packet.topic.split('/')[3]!;
			const seq = (JSON.parse(packet.payload.toString()) as { seq: number }[])[0]!.seq;
			if (!durable.has(`${site}/${seq}`)) early.push(`${site}/${seq}`);
			if (seq < (lastSeq.get(site) ?? -Infinity)) outOfOrder.push(`${site}/${seq}`);
			lastSeq.set(site, seq);
		});
		const publisher = createPublisher({ url: broker.url, maxRecordsPerMessage: 1 });
		const t0 = Date.now() - 60_000;
		const total = 2_000;
		await publisher.publishReadings(
			Array.from({ length: total }, (_, i) => ({
				region: 'north-lake',
				site: `depot-${i % 4}`,
				gateway: 'gw-1',
				resource: 'water',
				quantity: 'stock' as const,
				value: i,
				unit: 'L',
				time: t0 + i
			}))
		);
		const deadline = Date.now() + 20_000;
		while (acked < total && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
		expect(early).toEqual([]);
		expect(outOfOrder).toEqual([]);
		// The case this guards happened: two writes at once, and a later one returned first.
		expect(stats.overlapped).toBeGreaterThan(0);
		expect(stats.overtook).toBeGreaterThan(0);
		expect(acked).toBe(total);
		expect(worker.counters().stored).toBe(total);
		// The window was used (many messages held at once, not one at a time) and stayed bounded.
		expect(peak).toBeGreaterThan(10);
		expect(peak).toBeLessThanOrEqual(300);
		await publisher.close();
		await worker.stop();
		await inner.close();
		await broker.close();
	});

	it('embedded: every PUBACK a gateway receives is for a message already stored, in order, with two writes in flight', async () => {
		const inner = openSqliteStore({ path: join(dir, 'e.sqlite') });
		const { store, durable, stats } = unevenStore(inner);
		const pipeline = await createIngestPipeline(
			{ store, deadLetters: openDeadLetters(':memory:'), context },
			{ ...defaults, spoolDir: join(dir, 'spool-e'), fsync: false, batchReadings: 50, batchDelayMs: 5 },
			{ log: pino({ level: 'silent' }), now: Date.now }
		);
		const broker = await startEmbeddedBroker({ host: '127.0.0.1', port: 0, accept: pipeline.accept });
		const t0 = Date.now() - 60_000;
		const perGateway = 500;
		const early: string[] = [];
		const outOfOrder: string[] = [];
		let acked = 0;
		await Promise.all(
			[0, 1, 2, 3].map(async (g) => {
				const site = `depot-${g}`;
				const client = await mqtt.connectAsync(broker.url, { clientId: site });
				// Which message each packet id stands for, as sent; a PUBACK names only the id.
				const sent = new Map<number, number>();
				let last = -1;
				client.on('packetsend', (packet) => {
					if (packet.cmd === 'publish' && packet.messageId !== undefined)
						sent.set(packet.messageId, (JSON.parse(String(packet.payload)) as { seq: number }[])[0]!.seq);
				});
				client.on('packetreceive', (packet) => {
					if (packet.cmd !== 'puback' || packet.messageId === undefined) return;
					const seq = sent.get(packet.messageId)!;
					if (!durable.has(`${site}/${seq}`)) early.push(`${site}/${seq}`);
					if (seq < last) outOfOrder.push(`${site}/${seq}`);
					last = seq;
					acked++;
				});
				await Promise.all(
					Array.from({ length: perGateway }, (_, i) =>
						client.publishAsync(
							`ros/v1/north-lake/${site}/gw-1/readings`,
							encodeReadings(i + 1, [
								{ resource: 'water', quantity: 'stock', value: i, unit: 'L', time: t0 + i }
							]),
							{ qos: 1 }
						)
					)
				);
				await client.endAsync();
			})
		);
		expect(early).toEqual([]);
		expect(outOfOrder).toEqual([]);
		expect(acked).toBe(4 * perGateway);
		expect(stats.overlapped).toBeGreaterThan(0);
		expect(stats.overtook).toBeGreaterThan(0);
		expect(pipeline.counters(0).stored).toBe(4 * perGateway);
		await broker.close();
		await pipeline.close();
		await inner.close();
	});
});
