import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * Runs R's forecast package (Debian r-cran-forecast) on the series through Rscript, once for all of them. Null when
 * Rscript is missing outside CI; under CI=true a missing Rscript throws, so the reference is never silently left out.
 */
export function rReference(
	series: readonly RInput[],
	env: Readonly<Record<string, string | undefined>> = process.env,
	rscript: string | null = findBinary('Rscript') ?? null
): Map<string, RForecasts> | null {
	if (!rscript) {
		if (env['CI'] === 'true') throw new MissingBinaryError('Rscript', 'r-cran-forecast');
		return null;
	}
	const dir = mkdtempSync(join(tmpdir(), 'resourceos-r-'));
	try {
		const input = join(dir, 'series.tsv');
		writeFileSync(
			input,
			series.map((s) => `${s.id}\t${s.period}\t${s.horizon}\t${s.train.join(',')}\n`).join('')
		);
		const script = fileURLToPath(new URL('./rReference.R', import.meta.url));
		const out = execFileSync(rscript, [script, input], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
		const result = new Map<string, Map<string, number[]>>();
		for (const line of out.split('\n').filter(Boolean)) {
			const [id, method, values] = line.split('\t') as [string, string, string];
			const f = values.split(',').map(Number);
			if (f.some((v) => !Number.isFinite(v)))
				throw new Error(`R ${method} on ${id}: a forecast is not a number`);
			result.set(id, (result.get(id) ?? new Map()).set(method, f));
		}
		return result;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
