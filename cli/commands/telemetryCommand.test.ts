import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { freePort } from '../../harness/index.js';
import { connectGateway } from '../../sensors/gateway/index.js';
import { ingestMetrics, startTelemetry, type RunningTelemetry } from '../../sensors/ingest/index.js';
import { metricsRoute } from '../app/metricsRoute.js';
import { defaults } from '../config/defaults.js';
import { telemetryCommand } from './telemetryCommand.js';

const io = () => {
	const stdout = new PassThrough();
	const stderr = new PassThrough();
	let out = '';
	let err = '';
	stdout.on('data', (c: Buffer) => (out += c.toString()));
	stderr.on('data', (c: Buffer) => (err += c.toString()));
	return { io: { env: {}, stdout, stderr }, out: () => out, err: () => err };
};

describe('resourceos telemetry status, against a running telemetry with a gateway registry', () => {
	const dir = mkdtempSync(join(tmpdir(), 'ros-telcmd-'));
	let telemetry: RunningTelemetry;
	let http: Server;
	let url: string;
	beforeAll(async () => {
		telemetry = await startTelemetry(
			{
				...defaults,
				dataDir: dir,
				mqtt: {
					...defaults.mqtt,
					port: 0,
					registry: new URL('../../sensors/security/cases/two-gateways.json', import.meta.url).pathname
				}
			},
			await loadReference(defaultReferencePaths),
			{ log: pino({ level: 'silent' }), now: Date.now }
		);
		const route = metricsRoute(ingestMetrics(telemetry.ingest!, Date.now));
		http = createServer((req, res) => route(req, res) || res.writeHead(404).end());
		const port = await freePort();
		await new Promise<void>((r) => http.listen(port, '127.0.0.1', r));
		url = `http://127.0.0.1:${port}`;
	});
	afterAll(async () => {
		await new Promise((r) => http.close(r));
		await telemetry.stop();
		rmSync(dir, { recursive: true, force: true });
	});

	it('lists the gateway that never spoke and the one gone offline by its Last Will, with the counters; exit 3', async () => {
		const gw = await connectGateway(
			telemetry.mqttUrl,
			{ region: 'north-lake', site: 'depot-1', gateway: 'gw-1' },
			{ username: 'gw-a', password: 'gateway-a-secret' },
			{ firstSeq: 1, protocolVersion: 4, connectTimeoutMs: 5_000 }
		);
		await gw.publish([
			{ resource: 'water', quantity: 'stock', value: 5, unit: 'L', time: Date.now() - 1_000 }
		]);
		await gw.close();
		const run = io();
		expect(await telemetryCommand.run(['status', '--url', url], run.io)).toBe(3);
		expect(run.out()).toMatch(
			/ingest at http:\/\/127\.0\.0\.1:\d+: \d+ messages · 1 readings stored · 0 rejected/
		);
		expect(run.out()).toContain('gateways not reporting: 2');
		expect(run.out()).toContain('delta/port-3/gw-9  never heard');
		expect(run.out()).toContain('north-lake/depot-1/gw-1  offline (its status, or its Last Will)');
		const json = io();
		expect(await telemetryCommand.run(['status', '--url', url, '--json'], json.io)).toBe(3);
		expect(JSON.parse(json.out())).toMatchObject({ counters: { stored: 1 }, silent: [{}, {}] });
	});

	it('refuses unknown words and bad flags, and says when nothing answers', async () => {
		const bad = io();
		expect(await telemetryCommand.run(['stats'], bad.io)).toBe(2);
		expect(bad.err()).toMatch(/stats/);
		const flag = io();
		expect(await telemetryCommand.run(['status', '--url', 'ftp://x'], flag.io)).toBe(2);
		expect(flag.err()).toMatch(/--url.*http/);
		const gone = io();
		expect(
			await telemetryCommand.run(['status', '--url', `http://127.0.0.1:${await freePort()}`], gone.io)
		).toBe(1);
		expect(gone.err()).toMatch(/nothing answers at/);
	});
});
