import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../runInProcess.js';

const cli = (args: string[]) => runInProcess(['stress', ...args]);

/** Six days, survival mode declared on days 2–3: quotas × 0.7. */
const survivalWeek = (min: number) => ({
	version: 2,
	id: 'survival-week',
	title: { en: 'Survival week', ru: 'Неделя выживания' },
	source: 'test',
	days: 6,
	shocks: [{ kind: 'survival-mode', start: 2, days: 2 }],
	criteria: [
		{ kind: 'threat-level', scope: 'federation', atLeast: 'survival' },
		{ kind: 'min-coverage', resources: ['water', 'food'], min }
	]
});

describe('resourceos stress', () => {
	it('fails (exit 1) on a deliberately broken criterion and passes a sound one, writing JSON and HTML reports', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'ros-stress-'));
		const broken = join(dir, 'broken.json');
		// Broken on purpose: a full norm cannot hold under survival quotas of 70%.
		await writeFile(broken, JSON.stringify(survivalWeek(1)));
		const failing = await cli([
			broken,
			'--runs',
			'2',
			'--out',
			join(dir, 'r.json'),
			'--html',
			join(dir, 'r.html')
		]);
		expect(failing.code, failing.err).toBe(1);
		expect(failing.out).toMatch(/^FAIL {2}survival-week/);
		expect(failing.out).toMatch(
			/ok {3}federation threat level ≥ survival: p5 survival, p50 survival, p95 survival/
		);
		expect(failing.out).toMatch(
			/FAIL water, food coverage ≥ 1 on the worst day: p5 0\.\d{3}, p50 0\.\d{3}, p95 0\.\d{3}; worst 0\.\d{3} \([a-z-]+\/(water|food) day [23], seed [12]\)/
		);
		expect(failing.err).toMatch(/\[#{25}\] 100% survival-week run 2\/2 day 6\/6/);
		const [report] = JSON.parse(await readFile(join(dir, 'r.json'), 'utf8'));
		expect(report).toMatchObject({
			case: 'survival-week',
			pass: false,
			seeds: [1, 2],
			window: { start: 2, days: 2 }
		});
		const html = await readFile(join(dir, 'r.html'), 'utf8');
		expect(html).toContain('FAIL: Survival week');
		expect(html.match(/<svg /g)).toHaveLength(3);
		const sound = join(dir, 'sound.json');
		await writeFile(sound, JSON.stringify(survivalWeek(0.69)));
		const passing = await cli([sound, '--runs', '1', '--seed', '7']);
		expect(passing.code, passing.out).toBe(0);
		expect(passing.out).toMatch(/^PASS {2}survival-week/);
	}, 120_000);

	it('names an unknown case, a bad case file and a stray flag', async () => {
		const r = await cli(['meteor']);
		expect(r.code).toBe(2);
		expect(r.err).toContain('meteor: is not expected: name a case (solar-month, sensors-offline,');
		const dir = await mkdtemp(join(tmpdir(), 'ros-stress-'));
		const bad = join(dir, 'bad.json');
		await writeFile(bad, JSON.stringify({ ...survivalWeek(1), days: 0 }));
		const b = await cli([bad]);
		expect(b.code).toBe(2);
		expect(b.err).toContain('days: should be ≥ 1, got 0');
		const s = await cli(['pandemic', '--case', 'x']);
		expect(s.code).toBe(2);
		expect(s.err).toContain('--case');
	});
});
