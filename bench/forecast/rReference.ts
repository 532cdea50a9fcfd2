import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBinary, MissingBinaryError } from '../../harness/findBinary.js';

/** R's forecasts of one series: method name (ets, thetaf, stlf, snaive) → `horizon` point forecasts. */
export type RForecasts = ReadonlyMap<string, readonly number[]>;

/** One series for R: the training values (the same window the product uses), its season and horizon. */
export interface RInput {
	readonly id: string;
	readonly train: readonly number[];
	readonly period: number;
	readonly horizon: number;
}

const script = fileURLToPath(new URL('./rReference.R', import.meta.url));

/** R's output for the input, from `cacheDir` when the same input, script and forecast package version ran before. */
function runR(rscript: string, text: string, cacheDir: string | null): string {
	const run = () => {
		const dir = mkdtempSync(join(tmpdir(), 'resourceos-r-'));
		try {
			writeFileSync(join(dir, 'series.tsv'), text);
			const args = [script, join(dir, 'series.tsv')];
			return execFileSync(rscript, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	};
	if (!cacheDir) return run();
	const version = execFileSync(rscript, ['-e', 'cat(format(packageVersion("forecast")))'], {
		encoding: 'utf8'
	});
	const key = createHash('sha256').update(version).update(readFileSync(script)).update(text).digest('hex');
	const file = join(cacheDir, `r-forecast-${key.slice(0, 32)}.tsv`);
	if (existsSync(file)) return readFileSync(file, 'utf8');
	const out = run();
	mkdirSync(cacheDir, { recursive: true });
	writeFileSync(file, out);
	return out;
}

/**
 * Runs R's forecast package (Debian r-cran-forecast) on the series through Rscript, once for all of them. Null when
 * Rscript is missing outside CI; under CI=true a missing Rscript throws, so the reference is never silently left out.
 * With `cacheDir`, R's output is kept there under a hash of the input, the R script and the forecast package's version,
 * so a re-run on the same series (R takes minutes) reads it back.
 */
export function rReference(
	series: readonly RInput[],
	env: Readonly<Record<string, string | undefined>> = process.env,
	rscript: string | null = findBinary('Rscript') ?? null,
	cacheDir: string | null = null
): Map<string, RForecasts> | null {
	if (!rscript) {
		if (env['CI'] === 'true') throw new MissingBinaryError('Rscript', 'r-cran-forecast');
		return null;
	}
	const text = series.map((s) => `${s.id}\t${s.period}\t${s.horizon}\t${s.train.join(',')}\n`).join('');
	const result = new Map<string, Map<string, number[]>>();
	for (const line of runR(rscript, text, cacheDir).split('\n').filter(Boolean)) {
		const [id, method, values] = line.split('\t') as [string, string, string];
		const f = values.split(',').map(Number);
		if (f.some((v) => !Number.isFinite(v)))
			throw new Error(`R ${method} on ${id}: a forecast is not a number`);
		result.set(id, (result.get(id) ?? new Map()).set(method, f));
	}
	return result;
}
