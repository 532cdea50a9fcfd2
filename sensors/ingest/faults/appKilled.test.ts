import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import mqtt from 'mqtt';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startInfluxDB, startMosquitto, type RunningServer } from '../../../harness/index.js';
import { encodeReadings } from '../../protocol/index.js';
import { spawnTelemetryProcess } from '../spawnTelemetryProcess.js';
import type { TelemetrySettings } from '../startTelemetry.js';

/** Every process started, so none outlives a failed test. */
const started: ChildProcess[] = [];

function startApp(settings: TelemetrySettings): Promise<ChildProcess> {
	const app = spawnTelemetryProcess(settings);
	started.push(app.child);
	return app.ready;
}

const exited = (child: ChildProcess) => new Promise((r) => child.once('exit', r));

/** A gateway that publishes one reading per message (QoS 1) and can be dropped at once. */
async function gateway(url: string, site: string) {
	const client = await mqtt.connectAsync(url, {
		clientId: site,
		reconnectPeriod: 200,
		connectTimeout: 5_000
	});
	let seq = 1;
	return {
		publish: (i: number, t0: number) =>
			client.publishAsync(
				`ros/v1/north-lake/${site}/gw-1/readings`,
				encodeReadings(seq++, [{ resource: 'water', quantity: 'stock', value: i, unit: 'L', time: t0 + i }]),
				{ qos: 1 }
			),
		drop: () => client.endAsync(true)
	};
}

/** Where the stopped process takes its readings from and writes them to. */
type Setup =
	| { readonly kind: 'embedded' }
	| { readonly kind: 'external'; readonly mosquitto: RunningServer; readonly influx: RunningServer };

/** The store's readings (values), oldest first: SQLite's table, or InfluxDB's points through its query API. */
async function storedValues(setup: Setup, dir: string, database: string): Promise<number[]> {
	if (setup.kind === 'embedded') {
		const db = new Database(join(dir, 'telemetry.sqlite'), { readonly: true, fileMustExist: true });
		const rows = db.prepare('SELECT value FROM points ORDER BY time').all() as { value: number }[];
		db.close();
		return rows.map((r) => r.value);
	}
	const q = encodeURIComponent('SELECT "value" FROM "reading"');
	const url = `${setup.influx.url}/query?db=${database}&q=${q}`;
	const answer = (await (await fetch(url)).json()) as {
		results: { series?: { values: [string, number][] }[] }[];
	};
	return (answer.results[0]!.series?.[0]?.values ?? []).map((row) => row[1]);
}

/**
 * The telemetry of `resourceos start` in its own process, stopped mid-stream by `signal`: the
 * default mode (embedded broker, SQLite store), or ingest behind a persistent Mosquitto writing to
 * InfluxDB. Embedded, every reading a gateway had a PUBACK for must be in the store right after the
 * stop (Mosquitto instead keeps what it acknowledged in ingest's session). Then, as a gateway
 * does, everything not acknowledged is sent again to the restarted process, and every reading
 * must be stored exactly once.
 */
async function stopMidStream(signal: 'SIGKILL' | 'SIGTERM', dir: string, setup: Setup) {
	const database = `kill_${signal.toLowerCase()}`;
	const settings: TelemetrySettings = {
		dataDir: dir,
		mqtt: {
			broker: setup.kind,
			host: '127.0.0.1',
			port: await freePort(),
			url: setup.kind === 'external' ? setup.mosquitto.url : 'mqtt://unused',
			username: '',
			password: '',
			registry: ''
		},
		ingest: {
			enabled: true,
			clientId: `resourceos-ingest-${signal}`,
			shareGroup: '',
			maxInFlight: 2_000,
			batchReadings: 500,
			batchDelayMs: 20,
			writesInFlight: 2,
			expectedIntervalSeconds: 10
		},
		telemetry: {
			store: setup.kind === 'embedded' ? 'sqlite' : 'influxdb',
			influx: {
				url: setup.kind === 'external' ? setup.influx.url : 'http://127.0.0.1:8086',
				database,
				username: '',
				password: ''
			}
		}
	};
	let app = await startApp(settings);
	const url = setup.kind === 'external' ? setup.mosquitto.url : `mqtt://127.0.0.1:${settings.mqtt.port}`;
	const t0 = Date.now() - 600_000;
	const total = 8_000;
	const acked = new Set<number>();
	const sendAll = async (which: number[]) => {
		const gateways = await Promise.all([0, 1, 2, 3].map((g) => gateway(url, `depot-${g}`)));
		const sends = which.map((i) =>
			gateways[i % 4]!.publish(i, t0).then(
				() => void acked.add(i),
				() => undefined
			)
		);
		return { gateways, sends };
	};
	const first = await sendAll(Array.from({ length: total }, (_, i) => i));
	while (acked.size < total / 4) await new Promise((r) => setTimeout(r, 5));
	app.kill(signal);
	await exited(app);
	const ackedAtStop = acked.size;
	await Promise.all(first.gateways.map((g) => g.drop()));
	const stored = new Set(await storedValues(setup, dir, database));
	const lostAtStop = [...acked].filter((i) => !stored.has(i));

	app = await startApp(settings);
	const second = await sendAll(Array.from({ length: total }, (_, i) => i).filter((i) => !acked.has(i)));
	await Promise.all(second.sends);
	// External: Mosquitto delivers ingest's queued session to the restarted process; wait for it to drain.
	let rows = await storedValues(setup, dir, database);
	for (const deadline = Date.now() + 30_000; rows.length < total && Date.now() < deadline;)
		rows = await new Promise((r) => setTimeout(r, 100)).then(() => storedValues(setup, dir, database));
	await Promise.all(second.gateways.map((g) => g.drop()));
	app.kill('SIGTERM');
	await exited(app);
	return { ackedAtStop, storedAtStop: stored.size, lostAtStop, rows, total };
}

describe('fault: the process of `npm start` is stopped mid-stream', () => {
	const dirs: string[] = [];
	const dir = () => {
		const d = mkdtempSync(join(tmpdir(), 'ros-app-kill-'));
		dirs.push(d);
		return d;
	};
	const servers: RunningServer[] = [];
	afterAll(async () => {
		for (const child of started)
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
		await Promise.all(servers.map((s) => s.dispose()));
		dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
	});

	for (const signal of ['SIGKILL', 'SIGTERM'] as const)
		it(
			`embedded broker + SQLite, ${signal}: nothing acknowledged is lost, and after a restart every reading is stored once`,
			{ timeout: 90_000 },
			async () => {
				const r = await stopMidStream(signal, dir(), { kind: 'embedded' });
				expect(r.ackedAtStop).toBeGreaterThanOrEqual(r.total / 4);
				expect(r.ackedAtStop).toBeLessThan(r.total);
				expect(r.lostAtStop).toEqual([]);
				expect(r.rows.length).toBe(r.total);
				expect(r.rows.every((row, k) => row === k)).toBe(true);
			}
		);

	for (const signal of ['SIGKILL', 'SIGTERM'] as const)
		it(
			`Mosquitto + InfluxDB, ${signal}: after a restart every reading Mosquitto acknowledged is stored once`,
			{ timeout: 90_000 },
			async () => {
				const [mosquitto, influx] = await Promise.all([
					startMosquitto({ persistence: true }),
					startInfluxDB()
				]);
				servers.push(mosquitto, influx);
				const r = await stopMidStream(signal, dir(), { kind: 'external', mosquitto, influx });
				expect(r.ackedAtStop).toBeGreaterThanOrEqual(r.total / 4);
				// Stopped mid-stream: ingest had not stored everything yet.
				expect(r.storedAtStop).toBeLessThan(r.total);
				// Every reading, once, in time order: none lost of those acknowledged, none doubled.
				expect(r.rows.length).toBe(r.total);
				expect(r.rows.every((row, k) => row === k)).toBe(true);
			}
		);
});
