import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mqtt from 'mqtt';
import { describe, expect, it } from 'vitest';
import { startEmbeddedBroker } from '../../sensors/broker/startEmbeddedBroker.js';
import { runInProcess } from '../runInProcess.js';

const SHOCKS = fileURLToPath(new URL('../../sim/cases/every-shock.shocks.json', import.meta.url));
const PLAN = fileURLToPath(new URL('../../sim/cases/demo-relief.plan.json', import.meta.url));

const cli = (args: string[]) => runInProcess(['simulate', ...args]);

describe('resourceos simulate', () => {
	it('writes the same outcome file byte for byte for the same seed, shocks and plan', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'ros-sim-'));
		const common = ['--days', '40', '--seed', 'storm', '--shocks', SHOCKS, '--plan', PLAN];
		const a = await cli([...common, '--out', join(dir, 'a.json'), '--readings', join(dir, 'a.ndjson')]);
		const b = await cli([...common, '--out', join(dir, 'b.json'), '--readings', join(dir, 'b.ndjson')]);
		expect(a.code, a.err).toBe(0);
		expect(b.code, b.err).toBe(0);
		expect(a.out).toMatch(/Simulated 40 days of demo \(40 steps, seed storm, 8 shocks, with a plan\)/);
		const [fa, fb] = [
			await readFile(join(dir, 'a.json'), 'utf8'),
			await readFile(join(dir, 'b.json'), 'utf8')
		];
		expect(fa).toBe(fb);
		expect(await readFile(join(dir, 'a.ndjson'), 'utf8')).toBe(await readFile(join(dir, 'b.ndjson'), 'utf8'));
		const outcome = JSON.parse(fa);
		expect(outcome.seed).toBe('storm');
		expect(outcome.daily).toHaveLength(40);
		expect(outcome.daily[6].shocks).toEqual(['cyber-attack']);
	});

	it('names the bad field and value of a shocks file and changes nothing', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'ros-sim-'));
		await writeFile(
			join(dir, 'bad.json'),
			JSON.stringify({ version: 1, shocks: [{ kind: 'quarantine', start: 0, days: 5, share: 1.5 }] })
		);
		const r = await cli(['--shocks', join(dir, 'bad.json'), '--out', join(dir, 'o.json')]);
		expect(r.code).toBe(2);
		expect(r.err).toContain('shocks.0.share: should be ≤ 1, got 1.5');
		await expect(readFile(join(dir, 'o.json'))).rejects.toThrow(/ENOENT/);
	});

	it('refuses a step that does not divide the day', async () => {
		const r = await cli(['--step-hours', '5', '--days', '1', '--out', join(tmpdir(), 'never.json')]);
		expect(r.code).toBe(2);
		expect(r.err).toContain('stepHours: should divide a day in whole seconds');
		expect(r.err).toContain('got 5');
		const seconds = await cli(['--step-seconds', '7', '--days', '1', '--out', join(tmpdir(), 'never.json')]);
		expect(seconds.code).toBe(2);
		expect(seconds.err).toContain(
			'--step-seconds: should divide a day (86,400 s), e.g. 10, 60 or 3600, got 7'
		);
	});

	it('publishes what the sensors see through the gateway protocol to a broker', async () => {
		const broker = await startEmbeddedBroker({ host: '127.0.0.1', port: 0 });
		const client = await mqtt.connectAsync(broker.url);
		try {
			const gateways = new Set<string>();
			let records = 0;
			client.on('message', (topic, payload) => {
				gateways.add(topic.split('/').slice(2, 5).join('/'));
				records += (JSON.parse(payload.toString()) as unknown[]).length;
			});
			await client.subscribeAsync('ros/v1/+/+/+/readings', { qos: 1 });
			const dir = await mkdtemp(join(tmpdir(), 'ros-sim-'));
			const r = await cli(['--days', '2', '--publish', broker.url, '--out', join(dir, 'o.json')]);
			expect(r.code, r.err).toBe(0);
			const outcome = JSON.parse(await readFile(join(dir, 'o.json'), 'utf8'));
			// Without --start, a published window ends today (its last reading at 00:00 UTC), on any date.
			const ends = Date.parse(`${outcome.startDate}T00:00:00Z`) + 2 * 86_400_000;
			expect(Date.now() - ends).toBeGreaterThanOrEqual(0);
			expect(Date.now() - ends).toBeLessThan(86_400_000 + 60_000);
			await expect.poll(() => gateways.has('capital/store-water/capital-store-water-g1')).toBe(true);
			expect(r.out).toMatch(new RegExp(`${outcome.sensors.delivered} readings in \\d+ messages published`));
			expect(gateways.size).toBeGreaterThan(100);
			expect(records).toBeGreaterThan(0);
		} finally {
			await client.endAsync();
			await broker.close();
		}
	});

	it('refuses --adopted when the data folder has no ledger, naming the path', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'ros-sim-'));
		const r = await cli(['--adopted', '--dataDir', dir, '--out', join(dir, 'o.json')]);
		expect(r.code).toBe(2);
		expect(r.err).toMatch(/--dataDir: should name an existing store file .*, got ".*ledger\.sqlite"/);
	});
});
