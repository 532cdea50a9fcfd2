import { Duplex, PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { takePublishes } from './takePublishes.js';

/** A QoS 1 PUBLISH as a broker sends it (MQTT 5 §3.3), with `properties` bytes under MQTT 5. */
function publish(topic: string, id: number, payload: string, properties?: Buffer): Buffer {
	const t = Buffer.from(topic);
	const body = Buffer.concat([
		Buffer.from([t.length >> 8, t.length & 0xff]),
		t,
		Buffer.from([id >> 8, id & 0xff]),
		...(properties ? [Buffer.from([properties.length]), properties] : []),
		Buffer.from(payload)
	]);
	return Buffer.concat([Buffer.from([0x32, body.length]), body]);
}

/** The broker's end of the connection: what it sends, and what ingest wrote back. */
function brokerSide() {
	const written: Buffer[] = [];
	const socket = new Duplex({
		read: () => undefined,
		write: (chunk: Buffer, _e, done) => {
			written.push(chunk);
			done();
		}
	});
	return { socket, written: () => Buffer.concat(written) };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('takePublishes', () => {
	it('hands each PUBLISH over and writes its PUBACK only when released, in arrival order', async () => {
		const got: { topic: string; payload: string; ack: () => void }[] = [];
		const tap = takePublishes({ maxInFlight: 10, protocolVersion: 5 }, (topic, payload, ack) =>
			got.push({ topic, payload: payload.toString(), ack })
		);
		const broker = brokerSide();
		const client = tap.wrap(broker.socket);
		const fromClient = new PassThrough();
		client.on('data', (d: Buffer) => fromClient.write(d));
		// A user property (0x26, key "k", value "v") must be skipped, and a packet split across chunks joined.
		const first = publish('ros/v1/a/b/c/readings', 7, '[1]', Buffer.from([0x26, 0, 1, 0x6b, 0, 1, 0x76]));
		const second = publish('ros/v1/a/b/c/status', 8, '{"state":"online"}', Buffer.alloc(0));
		const pingresp = Buffer.from([0xd0, 0]);
		const bytes = Buffer.concat([first, pingresp, second]);
		broker.socket.push(bytes.subarray(0, 5));
		broker.socket.push(bytes.subarray(5));
		await tick();
		expect(got.map((g) => [g.topic, g.payload])).toEqual([
			['ros/v1/a/b/c/readings', '[1]'],
			['ros/v1/a/b/c/status', '{"state":"online"}']
		]);
		// Everything but PUBLISH reaches the client.
		expect(fromClient.read()).toEqual(pingresp);
		expect(tap.inFlight).toBe(2);
		got[1]!.ack();
		await tick();
		expect(broker.written()).toEqual(Buffer.alloc(0)); // the second waits for the first
		got[0]!.ack();
		await tick();
		expect(broker.written()).toEqual(Buffer.from([0x40, 2, 0, 7, 0x40, 2, 0, 8]));
		expect(tap.inFlight).toBe(0);
	});

	it('takes no more than maxInFlight unacknowledged messages until one is released', async () => {
		const acks: (() => void)[] = [];
		const tap = takePublishes({ maxInFlight: 3, protocolVersion: 4 }, (_t, _p, ack) => acks.push(ack));
		const broker = brokerSide();
		tap.wrap(broker.socket).resume();
		const v4 = (id: number) => {
			const t = Buffer.from('ros/v1/a/b/c/readings');
			const body = Buffer.concat([Buffer.from([0, t.length]), t, Buffer.from([0, id]), Buffer.from('[]')]);
			return Buffer.concat([Buffer.from([0x32, body.length]), body]);
		};
		broker.socket.push(Buffer.concat([1, 2, 3, 4, 5].map(v4)));
		await tick();
		expect(acks).toHaveLength(3);
		acks[0]!();
		await tick();
		expect(acks).toHaveLength(4);
		expect(broker.written()).toEqual(Buffer.from([0x40, 2, 0, 1]));
	});
});
