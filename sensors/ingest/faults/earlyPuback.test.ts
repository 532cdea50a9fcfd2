import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import type { Reading, TelemetryStore } from '../../../data/telemetry/index.js';
import { openSqliteStore } from '../../../data/telemetry/sqlite/index.js';
import { startEmbeddedBroker } from '../../broker/startEmbeddedBroker.js';
import { createPublisher } from '../../gateway/index.js';
import type { ProtocolContext } from '../../protocol/index.js';
import { openDeadLetters } from '../openDeadLetters.js';
import { startIngest } from '../startIngest.js';

const context = (now: number): ProtocolContext => ({
	unitOf: (r) => (r === 'water' ? 'L' : undefined),
	capacityOf: () => undefined,
	now
});

describe('the external ingest worker acknowledges nothing before it is durable', () => {
	const dir = mkdtempSync(join(tmpdir(), 'ros-early-ack-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('every PUBACK the broker receives from ingest is for a message whose readings are already stored', async () => {
		const broker = await startEmbeddedBroker({ host: '127.0.0.1', port: 0 });
		const inner = openSqliteStore({ path: join(dir, 't.sqlite') });
		// `site/seq` of each message whose write to the store has returned.
		const durable = new Set<string>();
		const store: TelemetryStore = {
			...inner,
			async write(batch: readonly Reading[]) {
				// A slow store, so an early acknowledgement would have time to reach the broker.
				await new Promise((r) => setTimeout(r, 15));
				await inner.write(batch);
				for (const r of batch) durable.add(`${r.site}/${r.seq}`);
			}
		};
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
				maxInFlight: 300
			},
			{ log: pino({ level: 'silent' }), now: Date.now }
		);
		// Aedes reports each PUBACK it receives with the original message (its public 'ack' event).
		let acked = 0;
		let peak = 0;
		const early: string[] = [];
		broker.aedes.on('ack', (packet, client) => {
			if (client?.id !== 'early-ack-test' || !('topic' in packet) || !packet.topic.endsWith('/readings'))
				return;
			acked++;
			peak = Math.max(peak, worker.counters().inFlight);
			const site = packet.topic.split('/')[3]!;
			const seq = (JSON.parse(packet.payload.toString()) as { seq: number }[])[0]!.seq;
			if (!durable.has(`${site}/${seq}`)) early.push(`${site}/${seq}`);
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
});
