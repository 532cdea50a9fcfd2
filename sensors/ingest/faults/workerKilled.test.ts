import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { haveBinary } from '../../../harness/index.js';
import { createPublisher, type GatewayReading } from '../../gateway/index.js';
import { useMosquitto } from '../../testing/index.js';

const entry = fileURLToPath(new URL('../runIngestProcess.ts', import.meta.url));

function startWorker(settings: object): Promise<ChildProcess> {
	const child = spawn(process.execPath, ['--import', 'tsx', entry, JSON.stringify(settings)], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	return new Promise((resolve, reject) => {
		child.once('exit', (code) => reject(new Error(`ingest process exited with ${code}`)));
		child.stdout!.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('ready')) resolve(child);
		});
	});
}

describe.runIf(haveBinary('mosquitto'))('fault: the ingest worker is SIGKILLed mid-stream', () => {
	const mosquitto = useMosquitto('kill', { persistence: true });
	const { dir } = mosquitto;

	it('stores every published reading exactly once after a restart', async () => {
		const settings = {
			url: mosquitto.url,
			clientId: 'ingest-kill-test',
			sqlitePath: join(dir, 't.sqlite'),
			spoolDir: join(dir, 'spool'),
			deadLettersPath: join(dir, 'dead.sqlite'),
			batchReadings: 200,
			batchDelayMs: 20
		};
		let worker = await startWorker(settings);
		const db = new Database(settings.sqlitePath, { readonly: true, fileMustExist: true });
		const stored = () => (db.prepare('SELECT COUNT(*) AS n FROM points').get() as { n: number }).n;
		const publisher = createPublisher({ url: mosquitto.url, protocolVersion: 5, maxRecordsPerMessage: 1 });
		const t0 = Date.now() - 600_000;
		const total = 6_000;
		const reading = (i: number): GatewayReading => ({
			region: 'north-lake',
			site: `depot-${i % 3}`,
			gateway: 'gw-1',
			resource: 'water',
			quantity: 'stock',
			value: i,
			unit: 'L',
			time: t0 + i
		});
		let killed = false;
		for (let i = 0; i < total; i += 100) {
			await publisher.publishReadings(Array.from({ length: 100 }, (_, k) => reading(i + k)));
			if (!killed && stored() > 1_000) {
				worker.kill('SIGKILL');
				killed = true;
			}
		}
		expect(killed).toBe(true);
		const storedAtKill = stored();
		expect(storedAtKill).toBeLessThan(total);
		worker.removeAllListeners('exit');
		worker = await startWorker(settings);
		const deadline = Date.now() + 30_000;
		while (stored() < total && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
		const rows = db.prepare('SELECT p.time - ? AS i, p.value FROM points p ORDER BY p.time').all(t0) as {
			i: number;
			value: number;
		}[];
		expect(rows.length).toBe(total);
		expect(rows.every((r, k) => r.i === k && r.value === k)).toBe(true);
		worker.kill('SIGTERM');
		await new Promise((r) => worker.once('exit', r));
		db.close();
		await publisher.close();
	});
});
