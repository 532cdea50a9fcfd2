import mqtt, { type MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveBinary, startMosquitto, type RunningServer } from '../../harness/index.js';
import { startEmbeddedBroker, type EmbeddedBroker } from '../broker/startEmbeddedBroker.js';
import { mosquittoAclFile, mosquittoPasswordFile } from './mosquittoFiles.js';
import { twoGateways as registry } from '../testing/index.js';

const A = 'ros/v1/north-lake/depot-1/gw-1/readings';
const B = 'ros/v1/delta/port-3/gw-9/readings';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** A refused publish is dropped (MQTT 3.1.1), answered 0x87 (MQTT 5) or closes the connection (Aedes): never wait long on it. */
const attempt = (p: Promise<unknown>) => Promise.race([p.catch(() => undefined), sleep(500)]);

/** The access rules, checked the same way on each broker. */
function accessSuite(
	name: string,
	open: () => Promise<{ url: string; close: () => Promise<void> }>,
	protocolVersion: 4 | 5
) {
	describe(`broker access rules: ${name}`, () => {
		let broker: { url: string; close: () => Promise<void> };
		const clients: MqttClient[] = [];
		const login = async (username: string, password: string, clientId = username) => {
			const c = await mqtt.connectAsync(broker.url, {
				clientId,
				clean: false,
				username,
				password,
				protocolVersion,
				reconnectPeriod: 0,
				connectTimeout: 5_000
			});
			clients.push(c);
			return c;
		};
		beforeAll(async () => {
			broker = await open();
		});
		afterAll(async () => {
			await Promise.all(clients.map((c) => c.endAsync(true)));
			await broker?.close();
		});

		it('refuses a wrong password and an unknown user', async () => {
			await expect(login('gw-a', 'gateway-b-secret')).rejects.toThrow(/not authori|bad user|Bad User/i);
			await expect(login('nobody', 'gateway-a-secret')).rejects.toThrow();
		});

		it('delivers a gateway its own topic only; another gateway’s topic is refused', async () => {
			const ingest = await login('ingest', 'ingest-secret-123');
			const got: string[] = [];
			ingest.on('message', (topic, payload) => got.push(`${topic} ${payload.toString()}`));
			await ingest.subscribeAsync(['ros/v1/+/+/+/readings'], { qos: 1 });
			const a = await login('gw-a', 'gateway-a-secret');
			await a.publishAsync(A, 'own', { qos: 1 });
			await attempt(a.publishAsync(B, 'forged', { qos: 1 }));
			await sleep(300);
			expect(got).toEqual([`${A} own`]);
		});

		it('binds a client id to its user: a gateway cannot take over the ingest session', async () => {
			const ingest = await login('ingest', 'ingest-secret-123');
			const got: string[] = [];
			let dropped = false;
			ingest.on('message', (topic) => got.push(topic));
			ingest.on('close', () => (dropped = true));
			await ingest.subscribeAsync(['ros/v1/+/+/+/readings'], { qos: 1 });
			// Aedes refuses the id (identifier rejected); Mosquitto replaces it with the user name.
			await attempt(login('gw-b', 'gateway-b-secret', 'ingest'));
			const a = await login('gw-a', 'gateway-a-secret');
			await a.publishAsync(A, 'after the attempt', { qos: 1 });
			await sleep(300);
			expect(dropped).toBe(false);
			expect(got).toEqual([A]);
		});

		it('lets the ingest account subscribe but not publish, and a gateway not subscribe', async () => {
			const auditor = await login('auditor', 'auditor-secret-123');
			const got: string[] = [];
			auditor.on('message', (topic) => got.push(topic));
			expect((await auditor.subscribeAsync(['ros/v1/+/+/+/readings'], { qos: 1 }))[0]!.qos).toBe(1);
			const ingest = await login('ingest', 'ingest-secret-123');
			await attempt(ingest.publishAsync(A, 'forged by ingest', { qos: 1 }));
			// Aedes refuses the subscription (0x80); Mosquitto 2 grants it but its ACL delivers nothing.
			const b = await login('gw-b', 'gateway-b-secret');
			const seenByGateway: string[] = [];
			b.on('message', (topic) => seenByGateway.push(topic));
			await attempt(b.subscribeAsync(['ros/v1/#'], { qos: 1 }));
			const a = await login('gw-a', 'gateway-a-secret');
			await a.publishAsync(A, 'own', { qos: 1 });
			await sleep(300);
			expect(got).toEqual([A]);
			expect(seenByGateway).toEqual([]);
		});
	});
}

accessSuite(
	'embedded Aedes',
	async () => {
		const b: EmbeddedBroker = await startEmbeddedBroker({ host: '127.0.0.1', port: 0, registry });
		return { url: b.url, close: () => b.close() };
	},
	4
);

describe.runIf(haveBinary('mosquitto'))('Mosquitto with the generated password file and ACL', () => {
	accessSuite(
		'Mosquitto 2',
		async () => {
			const m: RunningServer = await startMosquitto({
				passwordFile: mosquittoPasswordFile(registry),
				aclFile: mosquittoAclFile(registry),
				persistence: false,
				extra: ['use_username_as_clientid true']
			});
			return { url: m.url, close: () => m.dispose() };
		},
		5
	);
});
