import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import mqtt from 'mqtt';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../harness/index.js';
import { encodeReadings } from '../../protocol/index.js';
import type { TelemetrySettings } from '../startTelemetry.js';

const entry = fileURLToPath(new URL('../runTelemetryProcess.ts', import.meta.url));

/** Every process started, so none outlives a failed test. */
const started: ChildProcess[] = [];

function startApp(settings: TelemetrySettings): Promise<ChildProcess> {
	const child = spawn(process.execPath, ['--import', 'tsx', entry, JSON.stringify(settings)], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	started.push(child);
	return new Promise((resolve, reject) => {
		child.once('exit', (code) => reject(new Error(`telemetry process exited with ${code}`)));
		child.stdout!.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('ready')) {
				child.removeAllListeners('exit');
				resolve(child);
			}
		});
	});
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

/**
 * The default mode (embedded broker, SQLite store) in its own process, stopped mid-stream by
 * `signal`: every reading a gateway had a PUBACK for must be in the store right after the stop.
 * Then, as a gateway does, everything not acknowledged is sent again to the restarted process,
 * and every reading must be stored exactly once.
 */
async function stopMidStream(signal: 'SIGKILL' | 'SIGTERM', dir: string) {
	const settings: TelemetrySettings = {
		dataDir: dir,
		mqtt: {
			broker: 'embedded',
			host: '127.0.0.1',
			port: await freePort(),
			url: 'mqtt://unused',
			username: '',
			password: '',
			registry: ''
		},
		ingest: {
			enabled: true,
			clientId: 'resourceos-ingest',
			shareGroup: '',
			maxInFlight: 2_000,
			batchReadings: 500,
			batchDelayMs: 20,
			writesInFlight: 2,
			expectedIntervalSeconds: 10
		},
		telemetry: {
			store: 'sqlite',
			influx: { url: 'http://127.0.0.1:8086', database: 'x', username: '', password: '' }
		}
	};
	let app = await startApp(settings);
	const url = `mqtt://127.0.0.1:${settings.mqtt.port}`;
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
	const db = new Database(join(dir, 'telemetry.sqlite'), { readonly: true, fileMustExist: true });
	const stored = new Set(
		(db.prepare('SELECT value FROM points').all() as { value: number }[]).map((r) => r.value)
	);
	const lostAtStop = [...acked].filter((i) => !stored.has(i));

	app = await startApp(settings);
	const second = await sendAll(Array.from({ length: total }, (_, i) => i).filter((i) => !acked.has(i)));
	await Promise.all(second.sends);
	const rows = db.prepare('SELECT value FROM points ORDER BY time').all() as { value: number }[];
	await Promise.all(second.gateways.map((g) => g.drop()));
	app.kill('SIGTERM');
	await exited(app);
	db.close();
	return { ackedAtStop, lostAtStop, rows, total };
}

describe('fault: the default mode (embedded broker + SQLite) is stopped mid-stream', () => {
	const dirs: string[] = [];
	const dir = () => {
		const d = mkdtempSync(join(tmpdir(), 'ros-app-kill-'));
		dirs.push(d);
		return d;
	};
	afterAll(() => {
		for (const child of started)
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
		dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
	});

	for (const signal of ['SIGKILL', 'SIGTERM'] as const)
		it(
			`${signal}: nothing acknowledged is lost, and after a restart every reading is stored once`,
			{ timeout: 90_000 },
			async () => {
				const r = await stopMidStream(signal, dir());
				expect(r.ackedAtStop).toBeGreaterThanOrEqual(r.total / 4);
				expect(r.ackedAtStop).toBeLessThan(r.total);
				expect(r.lostAtStop).toEqual([]);
				expect(r.rows.length).toBe(r.total);
				expect(r.rows.every((row, k) => row.value === k)).toBe(true);
			}
		);
});
