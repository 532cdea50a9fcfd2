import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import mqtt from 'mqtt';
import { freePort } from '../harness/index.js';
import type { TelemetrySettings } from '../sensors/ingest/index.js';
import { spawnTelemetryProcess } from '../sensors/ingest/spawnTelemetryProcess.js';
import { encodeReadings } from '../sensors/protocol/index.js';

/**
 * Publishes `total` single-reading messages (QoS 1) from 20 gateways into the process running
 * `resourceos start`'s telemetry (embedded: broker and ingest; external: ingest behind `brokerUrl`),
 * kill -9s that process once half are acknowledged, starts it again and lets it drain. Counts the
 * readings gateways had a PUBACK for, and how many of those are not in the store: lost.
 */
export async function killMidStream(
	mode: { broker: 'embedded' } | { broker: 'external'; url: string },
	total: number
): Promise<{ acked: number; lost: number }> {
	const dir = mkdtempSync(join(tmpdir(), 'ros-bench-kill-'));
	const port = await freePort();
	const settings: TelemetrySettings = {
		dataDir: dir,
		mqtt: {
			broker: mode.broker,
			host: '127.0.0.1',
			port,
			url: mode.broker === 'external' ? mode.url : 'mqtt://unused',
			username: '',
			password: '',
			registry: ''
		},
		ingest: {
			enabled: true,
			clientId: `bench-kill-${port}`,
			shareGroup: '',
			maxInFlight: 2_000,
			batchReadings: 5_000,
			batchDelayMs: 50,
			writesInFlight: 2,
			expectedIntervalSeconds: 10
		},
		telemetry: {
			store: 'sqlite',
			influx: { url: 'http://127.0.0.1:8086', database: 'x', username: '', password: '' }
		}
	};
	let app = await spawnTelemetryProcess(settings).ready;
	const url = mode.broker === 'external' ? mode.url : `mqtt://127.0.0.1:${port}`;
	const gateways = await Promise.all(
		Array.from({ length: 20 }, (_, g) =>
			mqtt.connectAsync(url, { clientId: `bench-kill-gw-${port}-${g}`, reconnectPeriod: 0 })
		)
	);
	const t0 = Date.now() - 3_600_000;
	const acked = new Set<number>();
	Array.from({ length: total }, (_, i) =>
		gateways[i % 20]!.publishAsync(
			`ros/v1/bench/site-${i % 20}/gw-1/readings`,
			encodeReadings(i + 1, [{ resource: 'water', quantity: 'inflow', value: i, unit: 'L', time: t0 + i }]),
			{ qos: 1 }
		).then(
			() => void acked.add(i),
			() => undefined
		)
	);
	while (acked.size < total / 2) await new Promise((r) => setTimeout(r, 2));
	app.kill('SIGKILL');
	await new Promise((r) => app.once('exit', r));
	await Promise.all(gateways.map((g) => g.endAsync(true)));
	const ackedAtKill = new Set(acked);
	app = await spawnTelemetryProcess(settings).ready;
	const db = new Database(join(dir, 'telemetry.sqlite'), { readonly: true, fileMustExist: true });
	const storedValues = () =>
		new Set((db.prepare('SELECT value FROM points').all() as { value: number }[]).map((r) => r.value));
	// External: the broker redelivers the queue to the restarted ingest; wait until it has drained.
	let stored = storedValues();
	for (let quiet = 0, last = -1; quiet < 10; quiet = stored.size === last ? quiet + 1 : 0) {
		last = stored.size;
		await new Promise((r) => setTimeout(r, 200));
		stored = storedValues();
	}
	app.kill('SIGTERM');
	await new Promise((r) => app.once('exit', r));
	db.close();
	rmSync(dir, { recursive: true, force: true });
	return { acked: ackedAtKill.size, lost: [...ackedAtKill].filter((i) => !stored.has(i)).length };
}
