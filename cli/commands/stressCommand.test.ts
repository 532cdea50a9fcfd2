import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../runInProcess.js';

const cli = (args: string[]) => runInProcess(['stress', ...args]);

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
		expect(r.err).toContain(
			'--case: should be one of solar-month, cyber-war, pandemic, harvest-failure, drought, mass-evacuation, got "meteor"'
		);
	});
});
