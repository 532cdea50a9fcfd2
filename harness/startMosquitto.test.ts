import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveBinary } from './findBinary.js';
import { startMosquitto } from './startMosquitto.js';
import type { RunningServer } from './types.js';

describe.runIf(haveBinary('mosquitto'))('a real Mosquitto', () => {
	let broker: RunningServer;
	beforeAll(async () => {
		broker = await startMosquitto();
	});
	afterAll(() => broker?.dispose());

	it('carries a QoS 1 message from a publisher to a subscriber', async () => {
		const sub = await mqtt.connectAsync(broker.url, { clientId: 'test-sub', clean: true });
		const pub = await mqtt.connectAsync(broker.url, { clientId: 'test-pub' });
		try {
			await sub.subscribeAsync('ros/v1/test/#', { qos: 1 });
			const received = new Promise<{ topic: string; body: string }>((resolve) =>
				sub.once('message', (topic, payload) => resolve({ topic, body: payload.toString() }))
			);
			await pub.publishAsync('ros/v1/test/site/gw', JSON.stringify({ n: 'water', v: 42 }), { qos: 1 });
			expect(await received).toEqual({ topic: 'ros/v1/test/site/gw', body: '{"n":"water","v":42}' });
		} finally {
			await Promise.all([sub.endAsync(), pub.endAsync()]);
		}
	});

	it('keeps a persistent session’s messages across a broker restart', async () => {
		const sub = await mqtt.connectAsync(broker.url, { clientId: 'test-persistent', clean: false });
		await sub.subscribeAsync('ros/v1/queued', { qos: 1 });
		await sub.endAsync();
		const pub = await mqtt.connectAsync(broker.url, { clientId: 'test-pub-2' });
		await pub.publishAsync('ros/v1/queued', 'while you were away', { qos: 1 });
		await pub.endAsync();
		await broker.restart();
		const again = mqtt.connect(broker.url, { clientId: 'test-persistent', clean: false });
		const body = await new Promise<string>((resolve) =>
			again.once('message', (_t, payload) => resolve(payload.toString()))
		);
		await again.endAsync();
		expect(body).toBe('while you were away');
	});
});
