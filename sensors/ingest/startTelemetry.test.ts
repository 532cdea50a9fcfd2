import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { startEmbeddedBroker } from '../broker/startEmbeddedBroker.js';
import { createPublisher } from '../gateway/index.js';
import { loadRegistry } from '../security/index.js';
import { startTelemetry } from './startTelemetry.js';

const dir = mkdtempSync(join(tmpdir(), 'ros-telemetry-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const registryPath = new URL('../security/cases/two-gateways.json', import.meta.url).pathname;

describe('startTelemetry', () => {
	it('ingests into the SQLite store under dataDir through a registry-guarded broker, with registry intervals for staleness', async () => {
		const broker = await startEmbeddedBroker({
			host: '127.0.0.1',
			port: 0,
			registry: await loadRegistry(registryPath)
		});
		const settings = {
			dataDir: join(dir, 'data'),
			mqtt: { username: 'ingest', password: 'ingest-secret-123', registry: registryPath },
			ingest: {
				enabled: true,
				clientId: 'telemetry-test',
				shareGroup: '',
				maxInFlight: 100,
				batchReadings: 100,
				batchDelayMs: 10,
				expectedIntervalSeconds: 10
			},
			telemetry: {
				store: 'sqlite' as const,
				influx: { url: 'http://127.0.0.1:8086', database: 'x', username: '', password: '' }
			}
		};
		const telemetry = await startTelemetry(
			settings,
			await loadReference(defaultReferencePaths),
			broker.url,
			'embedded',
			{ log: pino({ level: 'silent' }), now: Date.now }
		);
		const publisher = createPublisher({
			url: broker.url,
			credentialsOf: (o) =>
				o.region === 'delta'
					? { username: 'gw-b', password: 'gateway-b-secret' }
					: { username: 'gw-a', password: 'gateway-a-secret' }
		});
		const time = Date.now() - 100_000;
		await publisher.publishReadings([
			{
				region: 'north-lake',
				site: 'depot-1',
				gateway: 'gw-1',
				resource: 'water',
				quantity: 'stock',
				value: 5,
				unit: 'm3',
				time
			},
			{
				region: 'delta',
				site: 'port-3',
				gateway: 'gw-9',
				resource: 'wheat',
				quantity: 'stock',
				value: 2,
				unit: 't',
				time
			}
		]);
		const deadline = Date.now() + 10_000;
		while ((await telemetry.store.latest({})).length < 2 && Date.now() < deadline)
			await new Promise((r) => setTimeout(r, 20));
		expect((await telemetry.store.latest({})).map((r) => [r.resource, r.value])).toEqual([
			['wheat', 2_000],
			['water', 5_000]
		]);
		// gw-1 reports every 10 s (default), gw-9 every 60 s (registry): 100 s of silence makes only gw-1 stale.
		expect(telemetry.ingest!.stale().map((s) => s.series.gateway)).toEqual(['gw-1']);
		await publisher.close();
		await telemetry.stop();
		await broker.close();
	});
});
