import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { openSqliteStore } from '../../data/telemetry/sqlite/index.js';
import { haveBinary } from '../../harness/index.js';
import { createPublisher, type GatewayReading } from '../gateway/index.js';
import { protocolContextOf } from '../protocol/index.js';
import { openDeadLetters } from './openDeadLetters.js';
import { startIngest } from './startIngest.js';
import { useMosquitto } from '../testing/index.js';

describe.runIf(haveBinary('mosquitto'))('several ingest workers on one MQTT 5 shared subscription', () => {
	const mosquitto = useMosquitto('share', { persistence: false });
	const { dir } = mosquitto;

	it('split the messages between them and together store every reading once', async () => {
		const context = protocolContextOf(await loadReference(defaultReferencePaths));
		const path = join(dir, 't.sqlite');
		const workers = await Promise.all(
			['a', 'b'].map((name) =>
				startIngest(
					{ store: openSqliteStore({ path }), deadLetters: openDeadLetters(':memory:'), context },
					{
						url: mosquitto.url,
						clientId: `ingest-${name}`,
						shareGroup: 'ingest',
						spoolDir: join(dir, `spool-${name}`),
						fsync: false,
						batchDelayMs: 10
					},
					{ log: pino({ level: 'silent' }), now: Date.now }
				)
			)
		);
		const publisher = createPublisher({ url: mosquitto.url, protocolVersion: 5, maxRecordsPerMessage: 5 });
		const t0 = Date.now() - 60_000;
		const readings: GatewayReading[] = Array.from({ length: 2_000 }, (_, i) => ({
			region: 'delta',
			site: `site-${i % 4}`,
			gateway: 'gw-1',
			resource: 'water',
			quantity: 'inflow',
			value: i,
			unit: 'L',
			time: t0 + i
		}));
		await publisher.publishReadings(readings);
		const stored = () => workers.reduce((n, w) => n + w.counters().stored, 0);
		const deadline = Date.now() + 15_000;
		while (stored() < 2_000 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
		const [a, b] = workers.map((w) => w.counters());
		expect(a!.stored + b!.stored).toBe(2_000);
		expect(a!.stored).toBeGreaterThan(0);
		expect(b!.stored).toBeGreaterThan(0);
		const check = openSqliteStore({ path });
		const counts = await check.aggregate({ resource: 'water' }, t0, t0 + 2_000, 2_000, 'count');
		expect(counts.reduce((n, s) => n + s.windows.reduce((m, w) => m + w.value, 0), 0)).toBe(2_000);
		await check.close();
		await publisher.close();
		await Promise.all(workers.map((w) => w.stop()));
	});
});
