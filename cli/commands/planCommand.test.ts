import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findBinary } from '../../harness/index.js';
import { runInProcess } from '../runInProcess.js';

const cli = (args: string[]) => runInProcess(['plan', ...args]);

describe('resourceos plan', () => {
	it('plans the demo world from its reference storage (HiGHS in a worker) and writes scenarios and models', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'ros-plan-'));
		const rework = join(dir, 'rework.json');
		await writeFile(
			rework,
			JSON.stringify({ version: 1, reasons: [{ kind: 'priority', region: 'tundra', minCoverage: 0.8 }] })
		);
		// The demo federation after a bad season (two weeks of stock): with full reserves nothing needs to move.
		const strained = fileURLToPath(
			new URL('../../data/reference/worlds/demo-strained.json', import.meta.url)
		);
		const { code, out, err } = await cli([
			'--world',
			strained,
			'--out',
			dir,
			'--policies',
			'equity-first,local-self-sufficiency',
			'--rework',
			rework,
			'--start',
			'2026-07-10'
		]);
		expect(err).toBe('');
		expect(code).toBe(0);
		expect(out).toContain('2 scenario(s) written');
		const file = JSON.parse(await readFile(join(dir, 'scenarios.json'), 'utf8')) as {
			scenarios: {
				policy: string;
				changes: { en: string }[];
				telemetry: { hash: string };
				plan: { start: string };
				verification: { crossCheck: string };
			}[];
		};
		// Above 1,000 variables native CLP is the second opinion when installed (it is in CI).
		if (findBinary('clp'))
			for (const s of file.scenarios)
				expect(s.verification.crossCheck).toMatch(/^agreed with clp dual simplex \(native CLP\)/);
		expect(file.scenarios[0]!.plan.start).toBe('2026-07-10');
		expect(file.scenarios.map((s) => s.policy)).toEqual(['equity-first', 'local-self-sufficiency']);
		expect(file.scenarios[0]!.changes[0]!.en).toBe(
			'Tundra is guaranteed at least 80% of every basic norm in every period.'
		);
		expect(file.scenarios[0]!.telemetry.hash).toMatch(/^[0-9a-f]{64}$/);
		const mps = await readFile(join(dir, 'equity-first.mps'), 'utf8');
		expect(mps).toMatch(/^NAME resourceos_equity_first FREE$/m);
		expect(await readFile(join(dir, 'local-self-sufficiency.lp'), 'utf8')).toMatch(/^Minimize$/m);
	}, 120_000);

	it('names a bad flag and its value', async () => {
		const { code, err } = await cli(['--out', '/tmp/x', '--policies', 'equity-first,greed']);
		expect(code).toBe(2);
		expect(err).toContain('--policies');
		expect(err).toContain('greed');
	});

	it('names a bad start date', async () => {
		const { code, err } = await cli(['--out', '/tmp/x', '--start', '2026-13-01']);
		expect(code).toBe(2);
		expect(err).toContain('--start');
		expect(err).toContain('2026-13-01');
	});

	it('names a bad rework reason by its key path', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'ros-plan-'));
		const rework = join(dir, 'rework.json');
		await writeFile(
			rework,
			JSON.stringify({ version: 1, reasons: [{ kind: 'priority', region: 'tundra', minCoverage: 1.5 }] })
		);
		const { code, err } = await cli(['--out', dir, '--rework', rework]);
		expect(code).toBe(2);
		expect(err).toContain('reasons.0.minCoverage');
	});

	it('refuses a telemetry store that does not exist instead of creating an empty one', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'ros-plan-'));
		const missing = join(dir, 'telemetry.sqlite');
		const { code, err } = await cli(['--out', dir, '--telemetry', missing]);
		expect(code).toBe(2);
		expect(err).toMatch(
			/^resourceos plan:\n {2}--telemetry: should name an existing store file .*, got ".*telemetry\.sqlite"/
		);
		expect(existsSync(missing)).toBe(false);
	});
});
