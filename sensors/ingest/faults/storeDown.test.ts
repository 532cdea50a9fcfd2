import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../../data/reference/index.js';
import { openInfluxStore } from '../../../data/telemetry/influx/index.js';
import { haveBinary, startInfluxDB, type RunningServer } from '../../../harness/index.js';
import { startEmbeddedBroker, type EmbeddedBroker } from '../../broker/startEmbeddedBroker.js';
import { createPublisher, type GatewayReading } from '../../gateway/index.js';
import { protocolContextOf } from '../../protocol/index.js';
import { openDeadLetters } from '../openDeadLetters.js';
import { startIngest } from '../startIngest.js';

const until = async (what: () => boolean | Promise<boolean>, ms = 20_000) => {
	const deadline = Date.now() + ms;
	while (!(await what())) {
		if (Date.now() > deadline) throw new Error('timed out waiting');
		await new Promise((r) => setTimeout(r, 50));
	}
};

describe.runIf(haveBinary('influxd'))('fault: InfluxDB is stopped for a while and restarted', () => {
	const dir = mkdtempSync(join(tmpdir(), 'ros-outage-'));
	let influx: RunningServer;
	let broker: EmbeddedBroker;
	beforeAll(async () => {
		[influx, broker] = await Promise.all([
			startInfluxDB(),
			startEmbeddedBroker({ host: '127.0.0.1', port: 0 })
		]);
	});
	afterAll(async () => {
		await broker?.close();
		await influx?.dispose();
		rmSync(dir, { recursive: true, force: true });
	});

	it('spools what arrives during the outage and replays it in order; nothing is lost or doubled', async () => {
		const store = openInfluxStore({ url: influx.url, database: 'outage', timeoutMs: 2_000 });
		const reference = await loadReference(defaultReferencePaths);
		const worker = await startIngest(
			{ store, deadLetters: openDeadLetters(':memory:'), context: protocolContextOf(reference) },
			{
				url: broker.url,
				protocolVersion: 4,
				spoolDir: join(dir, 'spool'),
				batchDelayMs: 20,
				replayIntervalMs: 200
			},
			{ log: pino({ level: 'silent' }), now: Date.now }
		);
		const publisher = createPublisher({ url: broker.url, maxRecordsPerMessage: 50 });
		const t0 = Date.now() - 600_000;
		const readings = (from: number, n: number): GatewayReading[] =>
			Array.from({ length: n }, (_, k) => ({
				region: 'delta',
				site: 'port-3',
				gateway: 'gw-9',
				resource: 'wheat',
				quantity: 'stock',
				value: from + k,
				unit: 'kg',
				time: t0 + (from + k) * 10
			}));

		await publisher.publishReadings(readings(0, 1_000));
		await until(() => worker.counters().stored === 1_000);
		await influx.stop();
		await publisher.publishReadings(readings(1_000, 2_000));
		await until(() => worker.counters().spooled === 2_000);
		expect(worker.counters().spoolBacklog).toBe(2_000);
		await influx.restart();
		await publisher.publishReadings(readings(3_000, 500)); // arrives while the spool replays: queued behind it
		await until(
			() =>
				worker.counters().spoolBacklog === 0 &&
				worker.counters().replayed + worker.counters().stored === 3_500
		);

		const key = {
			region: 'delta',
			site: 'port-3',
			gateway: 'gw-9',
			resource: 'wheat',
			quantity: 'stock' as const
		};
		const points = await store.range(key, t0, t0 + 3_500 * 10);
		expect(points).toHaveLength(3_500);
		expect(points.every((p, i) => p.value === i && p.time === t0 + i * 10)).toBe(true);
		await worker.stop();
		await publisher.close();
	});
});
