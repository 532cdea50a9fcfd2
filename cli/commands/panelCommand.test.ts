import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatPoolCsv, syntheticPool } from '../../scenarios/sortition/index.js';
import { runInProcess } from '../runInProcess.js';

const dir = mkdtempSync(join(tmpdir(), 'ros-panel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Output and errors together, as a person at a terminal sees them. */
async function run(args: string[]) {
	const { code, out, err } = await runInProcess(args);
	return { code, out: out + err };
}

const { pool, quotas } = syntheticPool({ volunteers: 150, panelSize: 15, tolerance: 0.15, seed: 'cli-test' });
writeFileSync(join(dir, 'pool.csv'), formatPoolCsv(pool));
writeFileSync(join(dir, 'quotas.json'), JSON.stringify(quotas));

describe('resourceos panel and verify panel', () => {
	it('draws, reveals and verifies from the published files; a tampered panel list fails verification', async () => {
		const draw = await run([
			'panel',
			'draw',
			'--pool',
			join(dir, 'pool.csv'),
			'--quotas',
			join(dir, 'quotas.json'),
			'--out',
			join(dir, 'd'),
			'--panels',
			'60'
		]);
		expect(draw.code, draw.out).toBe(0);
		expect(draw.out).toMatch(/committed [0-9a-f]{64}/);
		const reveal = await run(['panel', 'reveal', '--draw', join(dir, 'd'), '--seed', 'public-seed-42']);
		expect(reveal.code).toBe(0);
		expect(reveal.out).toMatch(/picks panel \d+ of 60/);
		const ok = await run(['verify', 'panel', '--draw', join(dir, 'd')]);
		expect(ok.code, ok.out).toBe(0);
		expect(ok.out).toMatch(/ok {4}re-run reproduces the commitment/);
		const lotteryPath = join(dir, 'd', 'lottery.json');
		const lottery = JSON.parse(readFileSync(lotteryPath, 'utf8')) as string[][];
		[lottery[0], lottery[1]] = [lottery[1]!, lottery[0]!];
		writeFileSync(lotteryPath, JSON.stringify(lottery));
		const bad = await run(['verify', 'panel', '--draw', join(dir, 'd'), '--noRerun']);
		expect(bad.code).toBe(1);
		expect(bad.out).toMatch(/FAIL {2}panel list digest/);
	}, 120_000);

	it('refuses a pool CSV with bad rows, naming row, column and value', async () => {
		writeFileSync(join(dir, 'bad.csv'), 'id,household,region\na,h1,north\na,h2,south\n,h3,north\n');
		const r = await run([
			'panel',
			'draw',
			'--pool',
			join(dir, 'bad.csv'),
			'--quotas',
			join(dir, 'quotas.json'),
			'--out',
			join(dir, 'x')
		]);
		expect(r.code).toBe(2);
		expect(r.out).toMatch(/row 3, column id: duplicate id, first seen on row 2, got "a"/);
		expect(r.out).toMatch(/row 4, column id: the id is blank/);
	});

	it('refuses a protected attribute in the quotas file', async () => {
		writeFileSync(
			join(dir, 'q2.json'),
			JSON.stringify({ panelSize: 5, categories: { ethnicity: { a: { min: 0, max: 5 } } } })
		);
		const r = await run([
			'panel',
			'draw',
			'--pool',
			join(dir, 'pool.csv'),
			'--quotas',
			join(dir, 'q2.json'),
			'--out',
			join(dir, 'y')
		]);
		expect(r.code).toBe(2);
		expect(r.out).toMatch(/categories.*is a protected category/);
	});
});
