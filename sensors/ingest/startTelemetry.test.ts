import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { createPublisher } from '../gateway/index.js';
import { startTelemetry } from './startTelemetry.js';
import { twoGatewaysFile as registryPath } from '../testing/index.js';

const dir = mkdtempSync(join(tmpdir(), 'ros-telemetry-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('startTelemetry', () => {
	it('ingests into the SQLite store under dataDir through the registry-guarded embedded broker, acknowledged only once stored, with registry intervals for staleness', async () => {
		const settings = {
			dataDir: join(dir, 'data'),
			mqtt: {
				broker: 'embedded' as const,
				host: '127.0.0.1',
				port: 0,
				url: 'mqtt://unused',
				username: '',
				password: '',
				registry: registryPath
			},
			ingest: {
				enabled: true,
				clientId: 'telemetry-test',
				shareGroup: '',
				maxInFlight: 100,
				batchReadings: 100,
				batchDelayMs: 10,
				writesInFlight: 2,
				expectedIntervalSeconds: 10
			},
			telemetry: {
				store: 'sqlite' as const,
				influx: { url: 'http://127.0.0.1:8086', database: 'x', username: '', password: '' }
			}
		};
		const telemetry = await startTelemetry(settings, await loadReference(defaultReferencePaths), {
			log: pino({ level: 'silent' }),
			now: Date.now
		});
		const publisher = createPublisher({
			url: telemetry.mqttUrl,
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
		// The broker acknowledged both messages only after ingest stored them: no waiting needed.
		expect((await telemetry.store.latest({})).map((r) => [r.resource, r.value])).toEqual([
			['wheat', 2_000],
			['water', 5_000]
		]);
		// gw-1 reports every 10 s (default), gw-9 every 60 s (registry): 100 s of silence makes only gw-1 stale.
		expect(telemetry.ingest!.stale(Date.now() + 100_000).map((s) => s.series.gateway)).toEqual(['gw-1']);
		await publisher.close();
		await telemetry.stop();
	});
});
