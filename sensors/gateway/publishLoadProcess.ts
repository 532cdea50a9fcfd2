/**
 * A process that publishes a measured load, for benchmarks and load tests: `gateways`
 * connections each send `readingsPerGateway` water inflow readings in messages of `perMessage`,
 * QoS 1, at most `window` unacknowledged per connection. Each value is the publish time modulo
 * LATENCY_CLOCK_MS (a plausible flow, where the full epoch time in litres would be refused), so
 * the receiver can compute publish-to-stored latency with `latencyOf`; times are `baseTime + index` per gateway.
 * It speaks MQTT on plain sockets with packets from `mqttPacket`: twenty real gateways are twenty
 * devices, and one thread running twenty general clients would measure itself.
 * A process of its own, so that the process under test can count its own CPU time. Start it
 * with `node --import tsx publishLoadProcess.ts '<json>'` and an IPC channel (see bench/ingest.ts);
 * it sends `{ kind: 'ready' }` once connected, starts on any message back, and sends
 * `{ kind: 'done', sent, ms }` when every message was acknowledged.
 */
import { connect, type Socket } from 'node:net';
import { LATENCY_CLOCK_MS } from './latencyOf.js';
import { mqttPacket } from './mqttPacket.js';
import { encodeReadings, topicOf } from '../protocol/index.js';

const d = JSON.parse(process.argv[2] ?? '{}') as {
	url: string;
	gateways: number;
	readingsPerGateway: number;
	perMessage: number;
	window: number;
	baseTime: number;
	protocolVersion: 4 | 5;
};
const CONNACK = 2;
const PUBACK = 4;
const url = new URL(d.url);
let sent = 0;

/** Calls `onPacket(type, bytes)` for each whole packet the broker sends. */
function readPackets(socket: Socket, onPacket: (type: number, bytes: Buffer) => void) {
	let input: Buffer = Buffer.alloc(0);
	socket.on('data', (data: Buffer) => {
		input = input.length === 0 ? data : Buffer.concat([input, data]);
		let at = 0;
		for (;;) {
			let length = 0;
			let i = 1;
			for (let m = 1; at + i < input.length; i++, m *= 128) {
				length += (input[at + i]! & 0x7f) * m;
				if ((input[at + i]! & 0x80) === 0) break;
			}
			if (at + i >= input.length || at + i + 1 + length > input.length) break;
			onPacket(input[at]! >> 4, input.subarray(at + i + 1, at + i + 1 + length));
			at += i + 1 + length;
		}
		input = input.subarray(at);
	});
}

// Connect every gateway first, say so, and start publishing when told: the timing then excludes start-up.
const gateways = await Promise.all(
	Array.from({ length: d.gateways }, async (_, g) => {
		const socket = connect({ host: url.hostname, port: Number(url.port || 1883) });
		socket.setNoDelay(true);
		const gateway = { socket, onAck: (_ok: boolean) => undefined as void };
		await new Promise<void>((resolve, reject) => {
			socket.once('error', reject);
			readPackets(socket, (type, body) => {
				// The reason code follows the acknowledge flags (CONNACK) or the packet id (PUBACK; absent = success).
				if (type === CONNACK)
					return body[1] === 0 ? resolve() : reject(new Error(`broker refused: ${body[1]}`));
				if (type === PUBACK) gateway.onAck(body.length < 3 || body[2]! < 0x80);
			});
			socket.write(mqttPacket.connect(`bench-gw-${g}-${process.pid}`, d.protocolVersion));
		});
		return gateway;
	})
);
await new Promise<void>((resolve) => {
	process.once('message', () => resolve());
	process.send!({ kind: 'ready' });
});
const started = performance.now();
await Promise.all(
	gateways.map(
		(gateway, g) =>
			new Promise<void>((resolve) => {
				const topic = topicOf({ region: 'bench', site: `site-${g}`, gateway: 'gw-1' }, 'readings');
				const messages = Math.ceil(d.readingsPerGateway / d.perMessage);
				let next = 0;
				let acked = 0;
				/** Sends messages until `window` are unacknowledged, in one socket write. */
				const pump = () => {
					const packets: Buffer[] = [];
					const now = Date.now();
					for (; next < messages && next - acked < d.window; next++) {
						const i = next * d.perMessage;
						const n = Math.min(d.perMessage, d.readingsPerGateway - i);
						const payload = encodeReadings(
							next + 1,
							Array.from({ length: n }, (_, k) => ({
								resource: 'water',
								quantity: 'inflow' as const,
								value: now % LATENCY_CLOCK_MS,
								unit: 'L',
								time: d.baseTime + i + k
							}))
						);
						packets.push(mqttPacket.publish(topic, (next % 65_535) + 1, payload, d.protocolVersion));
					}
					if (packets.length > 0) gateway.socket.write(Buffer.concat(packets));
				};
				// The broker acknowledges in order (MQTT §4.6), so counting acks is enough to know which arrived.
				gateway.onAck = (ok) => {
					if (ok) sent += Math.min(d.perMessage, d.readingsPerGateway - acked * d.perMessage);
					acked++;
					if (acked === messages) resolve();
					else if (next - acked <= d.window / 2) pump();
				};
				pump();
			})
	)
);
const ms = performance.now() - started;
for (const g of gateways) g.socket.end();
process.send!({ kind: 'done', sent, ms }, () => process.exit(0));
