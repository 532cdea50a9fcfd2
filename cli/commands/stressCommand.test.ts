import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../main.js';

async function cli(args: string[]) {
	const stdout = new PassThrough();
	const stderr = new PassThrough();
	let out = '';
	let err = '';
	stdout.on('data', (d) => (out += d));
	stderr.on('data', (d) => (err += d));
	const code = await main(['stress', ...args], { env: {}, stdout, stderr });
	return { code, out, err };
}

describe('resourceos stress', () => {
	it('passes cyber-war, writes the report, and exits 1 when a case fails', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'ros-stress-'));
		const ok = await cli(['--case', 'cyber-war', '--runs', '1', '--out', join(dir, 'r.json')]);
		expect(ok.code, ok.err).toBe(0);
		expect(ok.out).toMatch(/^PASS {2}cyber-war/);
		expect(JSON.parse(await readFile(join(dir, 'r.json'), 'utf8'))[0].case).toBe('cyber-war');
		const failing = await cli(['--case', 'pandemic', '--runs', '1']);
		expect(failing.code).toBe(1);
		expect(failing.out).toMatch(/FAIL {2}pandemic[\s\S]*coverage-drop .*\((\w|-)+\/(medicine|food)\)/);
	});

	it('names an unknown case', async () => {
		const r = await cli(['--case', 'meteor']);
		expect(r.code).toBe(2);
		expect(r.err).toContain('--case: should be one of solar-month, cyber-war, pandemic, harvest-failure, drought, mass-evacuation, got "meteor"');
	});
});
