import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../data/telemetry/sqlite/index.js';
import type { Reading } from '../../data/telemetry/types.js';
import { parseOrThrow } from '../../data/schema/index.js';
import { seededRandom } from '../../planner/forecast/seededRandom.js';
import { ForecastFileSchema } from '../../planner/model/schema.js';
import { analyseCommand } from './analyseCommand.js';

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 0, 1);
let dir = '';
let file = '';

async function runCli(args: string[]) {
	const stdout = new PassThrough();
	const stderr = new PassThrough();
	let out = '';
	let err = '';
	stdout.on('data', (c) => (out += c));
	stderr.on('data', (c) => (err += c));
	const code = await analyseCommand.run(args, { env: {}, stdout, stderr });
	return { code, out, err };
}

describe('resourceos analyse', () => {
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'analyse-'));
		file = join(dir, 'telemetry.sqlite');
		const store = openSqliteStore({ path: file });
		const rng = seededRandom(2);
		const readings: Reading[] = [];
		let stock = 22_000;
		const rain = Array.from({ length: 120 }, () => rng.normal());
		for (let d = 0; d < 120; d++) {
			const key = { region: 'north', site: 'res-1', gateway: 'gw-1', resource: 'water' } as const;
			const use = (d >= 95 ? 1.15 : 1) * (100 + 10 * Math.sin((2 * Math.PI * d) / 7)) + rng.normal();
			stock += 100 + 10 * Math.sin((2 * Math.PI * d) / 7) - use;
			readings.push({ ...key, quantity: 'consumption', time: t0 + d * DAY, value: use, seq: 2 * d });
			readings.push({ ...key, quantity: 'stock', time: t0 + d * DAY + 1000, value: stock, seq: 2 * d + 1 });
			readings.push({
				...key,
				quantity: 'inflow',
				time: t0 + d * DAY + 2000,
				value: 50 + (d >= 2 ? 5 * rain[d - 2]! : 0) + 0.5 * rng.normal(),
				seq: 1000 + d
			});
			readings.push({
				...key,
				site: 'gauge',
				gateway: 'gw-2',
				quantity: 'production',
				time: t0 + d * DAY,
				value: rain[d]!,
				seq: 2000 + d
			});
		}
		await store.write(readings);
		await store.close();
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const common = () => ['--telemetry', file, '--from', '2026-01-01', '--to', '2026-05-01'];

	it('finds the lagged relation between rain and inflow', async () => {
		const { code, out } = await runCli([
			'correlate',
			...common(),
			'--quantity',
			'production',
			'--max-lag',
			'3'
		]);
		expect(code).toBe(0);
		expect(out).toMatch(/series, \d+ tests \(pairs × lags\), bar q < 0.01, prepared by prewhiten/);
		const all = await runCli(['correlate', ...common(), '--max-lag', '3', '--json']);
		const report = JSON.parse(all.out) as {
			relations: { a: string; b: string; lag: number; significant: boolean }[];
		};
		// Ids sort "gauge" before "res-1": a = rain (production), b = inflow; a leads b by 2 days.
		const rel = report.relations.find((r) => r.a.endsWith('/production') && r.b.endsWith('/inflow'))!;
		expect(rel.significant).toBe(true);
		expect(rel.lag).toBe(2);
	});

	it('recomputes weekly into a report file and compares with the last stored report', async () => {
		const reports = join(dir, 'reports.sqlite');
		const args = ['recompute', ...common(), '--max-lag', '3', '--reports', reports];
		const first = await runCli(args);
		expect(first.code).toBe(0);
		expect(first.out).toMatch(
			/^stored report of 2026-05-01T00:00:00.000Z in .*reports.sqlite: \d+ significant relations/
		);
		expect(first.out).toMatch(
			/\nnew {8}.*production ~ .*inflow lag 2: (strong|moderate) evidence: Pearson r = /
		);
		const again = await runCli(args);
		expect(again.out).toMatch(/^not due: .* next at 2026-05-08T00:00:00.000Z/);
		const forced = await runCli([...args, '--force', '--json']);
		expect(JSON.parse(forced.out)).toMatchObject({ status: 'recomputed', changes: [] });
	});

	it('forecasts with the chosen method and its backtest error', async () => {
		const { code, out } = await runCli(['forecast', ...common(), '--quantity', 'consumption']);
		expect(code).toBe(0);
		// By default the global model is trained and the batch's nested backtest says whether it took part, and why.
		expect(out).toMatch(
			/^global model: (used in the selection|not used); nested backtest over 1 series: mean MASE/
		);
		expect(out).toMatch(
			/consumption: (holt-winters-fast-trend|holt-winters|theta|seasonal-naive|naive|global) \(backtest MASE \d+\.\d\d;/
		);
	});

	it('weighs the learned global model when asked', async () => {
		const { code, out } = await runCli([
			'forecast',
			...common(),
			'--quantity',
			'consumption',
			'--global',
			'on',
			'--json'
		]);
		expect(code).toBe(0);
		const { globalModel, forecasts } = JSON.parse(out) as {
			globalModel: { status: string };
			forecasts: { scores: { method: string }[] }[];
		};
		expect(globalModel.status).toBe('on');
		expect(forecasts[0]!.scores.map((s) => s.method)).toContain('global');
	});

	it('warns of the shortage in Russian', async () => {
		const { code, out } = await runCli([
			'shortages',
			...common(),
			'--lang',
			'ru',
			'--reserve-days',
			'182',
			'--horizon',
			'120'
		]);
		expect(code).toBe(0);
		expect(out).toMatch(
			/^Запас ресурса «Питьевая вода» в регионе «north» опустится ниже 6-месячного резерва \(20\s\d00 л\) \(резерв по недавнему потреблению: .*\) через \d+ (день|дня|дней)/
		);
	});

	it("writes the planner's forecast file with demand factors", async () => {
		const outFile = join(dir, 'forecasts.json');
		const { code } = await runCli(['demand', ...common(), '--out', outFile, '--periods', '2']);
		expect(code).toBe(0);
		const parsed = JSON.parse(readFileSync(outFile, 'utf8')) as {
			version: number;
			adjustments: { region: string; resource: string; period: number; demandFactor: number }[];
		};
		expect(parsed.version).toBe(1);
		expect(() => parseOrThrow(ForecastFileSchema, parsed, outFile)).not.toThrow(); // what `resourceos plan --forecasts` reads
		expect(parsed.adjustments.map((a) => `${a.region}/${a.resource}/${a.period}`)).toEqual([
			'north/water/0',
			'north/water/1'
		]);
		// Consumption is level (after its +15% step) at the end, so the factor stays near 1.
		parsed.adjustments.forEach((a) => expect(Math.abs(a.demandFactor - 1)).toBeLessThan(0.1));
	});

	it('refuses protected attributes and bad flags with exit code 2', async () => {
		for (const mode of ['correlate', 'forecast', 'regimes', 'shortages', 'demand']) {
			const refused = await runCli([mode, ...common(), '--protected', 'water']);
			expect(refused.code).toBe(2);
			expect(refused.err).toMatch(/refused: .*water.* protected/);
			expect(refused.out).toBe('');
		}
		await expect(runCli(['forecast', ...common(), '--horizon', 'soon'])).rejects.toThrow(/--horizon/);
		await expect(runCli(['guess', ...common()])).rejects.toThrow(
			/should be one of correlate, recompute, forecast/
		);
	});

	it('reads {dataDir}/telemetry.sqlite with --dataDir', async () => {
		const { code, out } = await runCli([
			'regimes',
			'--dataDir',
			dir,
			'--from',
			'2026-01-01',
			'--to',
			'2026-05-01'
		]);
		expect(code).toBe(0);
		expect(out).toContain('north/res-1/gw-1/water/consumption');
	});

	it('never creates a store: a missing file is refused, naming the path and the setting', async () => {
		const missing = join(dir, 'typo.sqlite');
		const args = ['correlate', '--telemetry', missing, '--from', '2026-01-01', '--to', '2026-05-01'];
		await expect(runCli(args)).rejects.toThrow(
			/--telemetry: should name an existing store file .*nothing is at that path, got ".*typo\.sqlite"/
		);
		const empty = join(dir, 'empty');
		const byDir = ['correlate', '--dataDir', empty, '--from', '2026-01-01', '--to', '2026-05-01'];
		await expect(runCli(byDir)).rejects.toThrow(
			/dataDir \(--dataDir, RESOURCEOS_DATA_DIR\): .*"[^"]*empty\/telemetry\.sqlite"/
		);
		expect(existsSync(missing)).toBe(false);
		expect(existsSync(empty)).toBe(false);
	});
	it('counts a granary toward food when food is counted by nutrient (the default), not with --food catalogue', async () => {
		const granary = join(dir, 'granary.sqlite');
		const store = openSqliteStore({ path: granary });
		const key = { region: 'north-lake', site: 'store-1', gateway: 'gw-1' } as const;
		// A few hours of mixed food (kcal) beside 100,000 t of wheat (340 billion kcal): years of north-lake's need.
		const readings: Reading[] = [];
		for (let d = 0; d < 30; d++)
			for (const [resource, stock] of [
				['food', 1e8],
				['wheat', 1e8]
			] as const) {
				const at = { ...key, resource, time: t0 + d * DAY + 3_600_000 };
				readings.push({ ...at, quantity: 'stock', value: stock, seq: 4 * d + (resource === 'food' ? 0 : 2) });
				readings.push({
					...at,
					quantity: 'consumption',
					value: 1,
					seq: 4 * d + (resource === 'food' ? 1 : 3)
				});
			}
		await store.write(readings);
		await store.close();
		const args = [
			'shortages',
			'--telemetry',
			granary,
			'--from',
			'2026-01-01',
			'--to',
			'2026-01-31',
			'--json'
		];
		const statusOf = (out: string) =>
			(JSON.parse(out) as { resource: string; status: string }[]).find((r) => r.resource === 'food')?.status;
		expect(statusOf((await runCli([...args, '--resource', 'food'])).out)).toBe('clear');
		expect(statusOf((await runCli([...args, '--resource', 'food', '--food', 'catalogue'])).out)).toBe(
			'below-floor'
		);
	});
});
