import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import mqtt from 'mqtt';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { defaults } from '../../cli/config/defaults.js';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { openSqliteStore } from '../../data/telemetry/sqlite/index.js';
import { freePort, haveBinary, makeCertificates, requireBinary } from '../../harness/index.js';
import { startServerProcess } from '../../harness/serverProcess.js';
import { encodeReadings, protocolContextOf } from '../protocol/index.js';
import { writeMosquittoConfig } from '../security/index.js';
import { openDeadLetters } from './openDeadLetters.js';
import { startIngest } from './startIngest.js';
import { startTelemetry, type TelemetrySettings } from './startTelemetry.js';
import { twoGateways as registry } from '../testing/index.js';

const log = pino({ level: 'silent' });
const until = async (what: () => boolean | Promise<boolean>, ms = 15_000) => {
	const deadline = Date.now() + ms;
	while (!(await what())) {
		if (Date.now() > deadline) throw new Error('timed out waiting');
		await new Promise((r) => setTimeout(r, 50));
	}
};
const gateway = { username: 'gw-a', password: 'gateway-a-secret', clientId: 'gw-a', reconnectPeriod: 0 };
const topic = 'ros/v1/north-lake/depot-1/gw-1/readings';
const reading = (seq: number, value: number) =>
	encodeReadings(seq, [{ resource: 'water', quantity: 'stock', value, unit: 'L', time: Date.now() - 1_000 }]);

describe.runIf(haveBinary('openssl'))('telemetry over TLS', () => {
	const dir = mkdtempSync(join(tmpdir(), 'ros-tls-'));
	// Mosquitto started by root drops to its own user, which must be able to reach the files.
	chmodSync(dir, 0o711);
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const certificates = makeCertificates(dir);

	it.runIf(haveBinary('mosquitto'))(
		"a gateway publishes to the generated Mosquitto's TLS listener and ingest reads over TLS; an unknown CA is refused",
		async () => {
			const certs = await certificates;
			const [port, tlsPort] = [await freePort(), await freePort()];
			const user = process.getuid?.() === 0 ? 'mosquitto' : userInfo().username;
			const options = {
				port,
				user,
				tls: { port: tlsPort, certfile: certs.certFile, keyfile: certs.keyFile }
			};
			if (user === 'mosquitto') {
				// Mosquitto reads the key after dropping to its user: the generator says so instead of a failed start.
				await expect(writeMosquittoConfig(registry, join(dir, 'mosquitto'), options)).rejects.toThrow(
					/cannot read .*server\.key.*chown mosquitto/
				);
				const [uid, gid] = ['-u', '-g'].map((f) =>
					Number(execFileSync('id', [f, 'mosquitto'], { encoding: 'utf8' }))
				);
				chownSync(certs.keyFile, uid!, gid!);
			}
			const [, , conf] = await writeMosquittoConfig(registry, join(dir, 'mosquitto'), options);
			const broker = await startServerProcess({
				name: 'mosquitto',
				binary: requireBinary('mosquitto'),
				args: ['-c', conf!],
				dir: join(dir, 'mosquitto'),
				port: tlsPort,
				url: `mqtts://localhost:${tlsPort}`,
				ready: () =>
					mqtt
						.connectAsync(`mqtts://localhost:${tlsPort}`, { ...gateway, ca: readFileSync(certs.caFile) })
						.then(
							(c) => c.endAsync().then(() => true),
							() => false
						)
			});
			const store = openSqliteStore({ path: join(dir, 'external.sqlite') });
			try {
				const worker = await startIngest(
					{
						store,
						deadLetters: openDeadLetters(':memory:'),
						context: protocolContextOf(await loadReference(defaultReferencePaths))
					},
					{
						url: broker.url,
						caFile: certs.caFile,
						username: 'ingest',
						password: 'ingest-secret-123',
						clientId: 'ingest',
						spoolDir: join(dir, 'spool'),
						fsync: false
					},
					{ log, now: Date.now }
				);
				const publisher = await mqtt.connectAsync(broker.url, { ...gateway, ca: readFileSync(certs.caFile) });
				for (let seq = 1; seq <= 20; seq++)
					await publisher.publishAsync(topic, reading(seq, seq), { qos: 1 });
				await until(() => worker.counters().stored === 20);
				expect(worker.counters().rejected).toBe(0);
				await publisher.endAsync();
				// Without the CA the broker's certificate is not trusted: the connection never opens.
				await expect(mqtt.connectAsync(broker.url, gateway)).rejects.toThrow(/certificate/i);
				await worker.stop();
			} finally {
				await store.close();
				await broker.dispose();
			}
		}
	);

	it("the embedded broker's TLS listener takes a gateway's readings into the store", async () => {
		const certs = await certificates;
		const settings: TelemetrySettings = {
			...defaults,
			dataDir: join(dir, 'embedded'),
			mqtt: {
				...defaults.mqtt,
				port: 0,
				tls: { host: '127.0.0.1', port: 0, certfile: certs.certFile, keyfile: certs.keyFile, cafile: '' }
			}
		};
		const telemetry = await startTelemetry(settings, await loadReference(defaultReferencePaths), {
			log,
			now: Date.now
		});
		try {
			expect(telemetry.mqttTlsUrl).toMatch(/^mqtts:\/\/127\.0\.0\.1:\d+$/);
			const url = telemetry.mqttTlsUrl!.replace('127.0.0.1', 'localhost');
			const publisher = await mqtt.connectAsync(url, { ...gateway, ca: readFileSync(certs.caFile) });
			for (let seq = 1; seq <= 5; seq++) await publisher.publishAsync(topic, reading(seq, seq), { qos: 1 });
			// Acknowledged means stored in the embedded mode.
			expect(telemetry.ingest!.counters().stored).toBe(5);
			await publisher.endAsync();
			await expect(mqtt.connectAsync(url, gateway)).rejects.toThrow(/certificate/i);
		} finally {
			await telemetry.stop();
		}
	});
});
