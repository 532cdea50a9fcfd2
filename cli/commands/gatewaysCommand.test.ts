import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultReferencePaths, loadReference } from '../../data/reference/index.js';
import { openSqliteStore } from '../../data/telemetry/sqlite/index.js';
import { startEmbeddedBroker, type EmbeddedBroker } from '../../sensors/broker/startEmbeddedBroker.js';
import { openDeadLetters, startIngest, type IngestWorker } from '../../sensors/ingest/index.js';
import { protocolContextOf } from '../../sensors/protocol/index.js';
import { gatewaysCommand } from './gatewaysCommand.js';

const io = () => {
	const stdout = new PassThrough();
	const stderr = new PassThrough();
	let err = '';
	stderr.on('data', (c: Buffer) => (err += c.toString()));
	return { io: { env: {}, stdout, stderr }, err: () => err };
};

describe('resourceos gateways', () => {
	const dir = mkdtempSync(join(tmpdir(), 'ros-gwcmd-'));
	// Run as root, `gateways mosquitto` refuses a folder the mosquitto user cannot enter.
	chmodSync(dir, 0o711);
	let broker: EmbeddedBroker;
	let worker: IngestWorker;
	beforeAll(async () => {
		broker = await startEmbeddedBroker({ host: '127.0.0.1', port: 0 });
		const reference = await loadReference(defaultReferencePaths);
		worker = await startIngest(
			{
				store: openSqliteStore({ path: join(dir, 't.sqlite') }),
				deadLetters: openDeadLetters(':memory:'),
				context: protocolContextOf(reference)
			},
			{ url: broker.url, protocolVersion: 4, spoolDir: join(dir, 'spool'), fsync: false, batchDelayMs: 10 },
			{ log: pino({ level: 'silent' }), now: Date.now }
		);
	});
	afterAll(async () => {
		await worker?.stop();
		await broker?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('publishes readings the ingest worker accepts, at about the asked rate, with a progress line', async () => {
		const out = io();
		const code = await gatewaysCommand.run(
			['--count', '12', '--rate', '3000', '--batch', '50', '--duration', '1.5', '--broker', broker.url],
			out.io
		);
		expect(code).toBe(0);
		expect(out.err()).toMatch(/12 gateways · [\d,]+ readings in [\d,]+ messages/);
		const sent = Number(
			/([\d,]+) readings/.exec(out.err().trim().split('\r').at(-1)!)![1]!.replace(/,/g, '')
		);
		expect(sent).toBeGreaterThan(3000);
		expect(sent).toBeLessThan(5000);
		const deadline = Date.now() + 10_000;
		while (worker.counters().stored < sent && Date.now() < deadline)
			await new Promise((r) => setTimeout(r, 20));
		expect(worker.counters()).toMatchObject({ stored: sent, rejected: 0 });
	});

	it('writes a Mosquitto password file, ACL and config from the registry, and names a bad registry entry', async () => {
		const out = io();
		const registry = new URL('../../sensors/security/cases/two-gateways.json', import.meta.url).pathname;
		expect(
			await gatewaysCommand.run(['mosquitto', '--registry', registry, '--out', join(dir, 'mq')], out.io)
		).toBe(0);
		const passwd = readFileSync(join(dir, 'mq', 'passwd'), 'utf8')
			.trim()
			.split('\n');
		expect(passwd.map((l) => l.split(':')[0])).toEqual(['ingest', 'auditor', 'gw-a', 'gw-b']);
		expect(readFileSync(join(dir, 'mq', 'acl'), 'utf8')).toContain(
			'user gw-a\ntopic write ros/v1/north-lake/depot-1/gw-1/readings'
		);
		expect(readFileSync(join(dir, 'mq', 'mosquitto.conf'), 'utf8')).toMatch(/allow_anonymous false/);
		const bad = join(dir, 'bad.json');
		writeFileSync(
			bad,
			JSON.stringify({
				version: 1,
				ingest: [],
				gateways: [{ region: 'a/b', site: 's', gateway: 'g', username: 'u', password: 'long-enough-secret' }]
			})
		);
		const err = io();
		expect(await gatewaysCommand.run(['mosquitto', '--registry', bad], err.io)).toBe(2);
		expect(err.err()).toMatch(/gateways\.0\.region: .*got "a\/b"/);
	});

	it('shows dead letters counted by reason, newest first', async () => {
		const dataDir = join(dir, 'data');
		const store = openDeadLetters(join(dataDir, 'deadletters.sqlite'));
		store.add({
			time: 0,
			topic: 'ros/v1/a/b/c/readings',
			reason: 'unknown-unit',
			detail: '0: unit "lb"',
			payload: new TextEncoder().encode('[{"u":"lb"}]')
		});
		store.add({
			time: 1000,
			topic: 'ros/v1/a/b/c/readings',
			reason: 'too-large',
			detail: 'message of 3145728 bytes exceeds 1048576',
			payload: new Uint8Array(10)
		});
		store.close();
		const out = io();
		let text = '';
		out.io.stdout.on('data', (c: Buffer) => (text += c.toString()));
		expect(
			await gatewaysCommand.run(['dead-letters', '--data-dir', dataDir, '--reason', 'unknown-unit'], out.io)
		).toBe(0);
		expect(text).toMatch(/^2 dead letters: too-large 1, unknown-unit 1\n/);
		expect(text).toContain('unknown-unit ros/v1/a/b/c/readings (12 bytes)\n  0: unit "lb"');
		expect(text).not.toContain('exceeds');
	});

	it('names a bad flag and its value', async () => {
		const out = io();
		expect(await gatewaysCommand.run(['--count', 'many'], out.io)).toBe(2);
		expect(out.err()).toMatch(/--count: should be a number, got "many"/);
	});
});
