import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mqtt from 'mqtt';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, haveBinary, requireBinary } from '../../harness/index.js';
import { openSqliteStore } from '../../data/telemetry/sqlite/index.js';
import { openDeadLetters } from '../ingest/openDeadLetters.js';
import { startIngest } from '../ingest/startIngest.js';
import { encodeReadings } from '../protocol/index.js';
import { writeMosquittoConfig } from './writeMosquittoConfig.js';
import { twoGateways as registry, waterOnlyContext as context } from '../testing/index.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const portOpen = (port: number) =>
	new Promise<boolean>((resolve) => {
		const s = connect(port, '127.0.0.1');
		s.once('connect', () => (s.destroy(), resolve(true)));
		s.once('error', () => resolve(false));
	});

async function startBroker(conf: string, port: number): Promise<ChildProcess> {
	const child = spawn(requireBinary('mosquitto'), ['-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
	let log = '';
	child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
	for (let i = 0; i < 200 && child.exitCode === null; i++) {
		if (await portOpen(port)) return child;
		await sleep(50);
	}
	child.kill('SIGKILL');
	throw new Error(`mosquitto did not start: ${log}`);
}

describe('writeMosquittoConfig', () => {
	const dir = mkdtempSync(join(tmpdir(), 'ros-mq-conf-'));
	chmodSync(dir, 0o711);
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('binds client ids to users, saves the queue every second, listens plainly on loopback only, TLS with the given files, bounded queues', async () => {
		await writeMosquittoConfig(registry, join(dir, 'a'), {
			port: 1884,
			tls: { port: 8883, certfile: '/etc/ros/cert.pem', keyfile: '/etc/ros/key.pem' }
		});
		const conf = readFileSync(join(dir, 'a', 'mosquitto.conf'), 'utf8');
		expect(conf).toContain('use_username_as_clientid true');
		expect(conf).toContain('autosave_interval 1');
		expect(conf).toContain('listener 1884 127.0.0.1');
		expect(conf).toContain('listener 8883\ncertfile /etc/ros/cert.pem\nkeyfile /etc/ros/key.pem');
		expect(conf).toMatch(/max_queued_messages [1-9]/);
		expect(conf).not.toMatch(/max_(queued|inflight)_messages 0/);
		expect(statSync(join(dir, 'a', 'passwd')).mode & 0o777).toBe(0o600);
	});

	describe.runIf(haveBinary('mosquitto') && process.getuid?.() === 0)('run by root, as documented', () => {
		it('starts (the files belong to the mosquitto user) and keeps queued readings through kill -9 of the broker, into the store', async () => {
			const port = await freePort();
			const out = join(dir, 'b');
			// A folder others cannot enter is refused with advice, before Mosquitto fails on it.
			mkdirSync(join(dir, 'closed'), { mode: 0o700 });
			await expect(writeMosquittoConfig(registry, join(dir, 'closed', 'b'), { port })).rejects.toThrow(
				/cannot enter .*closed.*chmod o\+x/
			);
			const [, , conf] = await writeMosquittoConfig(registry, out, { port });
			let broker = await startBroker(conf!, port);
			try {
				const url = `mqtt://127.0.0.1:${port}`;
				const session = { clientId: 'ingest', clean: false, reconnectPeriod: 0, protocolVersion: 5 as const };
				const creds = { username: 'ingest', password: 'ingest-secret-123' };
				const properties = { sessionExpiryInterval: 3600 };
				const ingest = await mqtt.connectAsync(url, { ...session, ...creds, properties });
				await ingest.subscribeAsync('ros/v1/+/+/+/readings', { qos: 1 });
				await ingest.endAsync();
				const gateway = await mqtt.connectAsync(url, {
					username: 'gw-a',
					password: 'gateway-a-secret',
					reconnectPeriod: 0
				});
				const t0 = Date.now() - 60_000;
				const reading = (i: number) => [
					{ resource: 'water', quantity: 'stock' as const, value: i, unit: 'L', time: t0 + i }
				];
				for (let i = 0; i < 100; i++)
					await gateway.publishAsync(
						'ros/v1/north-lake/depot-1/gw-1/readings',
						encodeReadings(i + 1, reading(i)),
						{
							qos: 1
						}
					);
				await gateway.endAsync();
				await sleep(2_500); // past the one-second autosave
				broker.kill('SIGKILL');
				await new Promise((r) => broker.once('exit', r));
				broker = await startBroker(conf!, port);
				// The ingest worker takes its session's queue from the restarted broker into the store.
				const store = openSqliteStore({ path: join(dir, 'crash.sqlite') });
				const worker = await startIngest(
					{ store, deadLetters: openDeadLetters(':memory:'), context },
					{ url, ...creds, clientId: 'ingest', spoolDir: join(dir, 'spool'), fsync: false, batchDelayMs: 5 },
					{ log: pino({ level: 'silent' }), now: Date.now }
				);
				const series = { region: 'north-lake', site: 'depot-1', gateway: 'gw-1', resource: 'water' };
				const stored = () => store.range({ ...series, quantity: 'stock' }, t0, t0 + 100);
				for (let i = 0; i < 100 && (await stored()).length < 100; i++) await sleep(50);
				expect((await stored()).map((p) => p.value)).toEqual(Array.from({ length: 100 }, (_, i) => i));
				await worker.stop();
				await store.close();
			} finally {
				broker.kill('SIGKILL');
			}
		});
	});
});
