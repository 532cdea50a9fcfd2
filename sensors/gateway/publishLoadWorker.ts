/**
 * A worker thread that publishes a measured load, for benchmarks and load tests: `gateways`
 * connections each send `readingsPerGateway` water inflow readings in messages of `perMessage`,
 * QoS 1, at most `window` unacknowledged per connection. Each value is the publish time modulo
 * LATENCY_CLOCK_MS (a plausible flow, where the full epoch time in litres would be refused), so
 * the receiver can compute publish-to-stored latency with `latencyOf`; times are `baseTime + index` per gateway.
 * Start it through an eval bootstrap that registers tsx (see bench/ingest.ts); it posts
 * `{ kind: 'ready' }` once connected, starts on any message back, and posts `{ kind: 'done', sent, ms }`
 * when every message was acknowledged.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { LATENCY_CLOCK_MS } from './latencyOf.js';
import mqtt from 'mqtt';
import { encodeReadings, topicOf } from '../protocol/index.js';

const d = workerData as {
	url: string;
	gateways: number;
	readingsPerGateway: number;
	perMessage: number;
	window: number;
	baseTime: number;
	protocolVersion: 4 | 5;
};
let sent = 0;
// Connect every gateway first, say so, and start publishing when told: the timing then excludes start-up.
const clients = await Promise.all(
	Array.from({ length: d.gateways }, (_, g) =>
		mqtt.connectAsync(d.url, {
			clientId: `bench-gw-${g}-${process.pid}`,
			protocolVersion: d.protocolVersion,
			reconnectPeriod: 1_000
		})
	)
);
await new Promise<void>((resolve) => {
	parentPort!.once('message', () => resolve());
	parentPort!.postMessage({ kind: 'ready' });
});
const started = performance.now();
await Promise.all(
	clients.map(async (client, g) => {
		const origin = { region: 'bench', site: `site-${g}`, gateway: 'gw-1' };
		const topic = topicOf(origin, 'readings');
		// Callbacks, not a promise per message: at 20 000 messages/s the promises cost more than the publishing.
		let inFlight = 0;
		let wake: (() => void) | undefined;
		let seq = 1;
		for (let i = 0; i < d.readingsPerGateway; i += d.perMessage) {
			const now = Date.now();
			const n = Math.min(d.perMessage, d.readingsPerGateway - i);
			const payload = encodeReadings(
				seq++,
				Array.from({ length: n }, (_, k) => ({
					resource: 'water',
					quantity: 'inflow' as const,
					value: now % LATENCY_CLOCK_MS,
					unit: 'L',
					time: d.baseTime + i + k
				}))
			);
			inFlight++;
			client.publish(topic, payload, { qos: 1 }, (error) => {
				if (!error) sent += n;
				inFlight--;
				wake?.();
			});
			while (inFlight >= d.window) await new Promise<void>((r) => (wake = r));
		}
		while (inFlight > 0) await new Promise<void>((r) => (wake = r));
		await client.endAsync();
	})
);
parentPort!.postMessage({ kind: 'done', sent, ms: performance.now() - started });
