import { describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MissingBinaryError } from '../../harness/findBinary.js';
import { compareWithR } from './rComparison.js';
import { rReference } from './rReference.js';

describe('the R reference of the forecast benchmark', () => {
	const series = [{ id: 's', train: [1, 2, 3], period: 1, horizon: 1 }];

	it('fails under CI=true when Rscript is missing, and is left out (null) elsewhere', () => {
		expect(() => rReference(series, { CI: 'true' }, null)).toThrow(MissingBinaryError);
		expect(rReference(series, {}, null)).toBeNull();
	});

	it("divides the selection's mean MASE by the best R method's, per season length, on the same series", () => {
		// Held-out last point 10; in-sample naive scale 1 (steps of 1). R: ets 12 (MASE 2), snaive 9 (MASE 1).
		const bench = [
			{ id: 'a', values: [6, 7, 8, 9, 10], period: 1, horizon: 1 },
			{ id: 'b', values: [6, 7, 8, 9, 10], period: 1, horizon: 1 }
		];
		const r = new Map([
			[
				'a',
				new Map([
					['ets', [12]],
					['snaive', [9]]
				])
			],
			[
				'b',
				new Map([
					['ets', [12]],
					['snaive', [9]]
				])
			]
		]);
		const [c] = compareWithR(bench, [0.5, 1.5], r);
		expect(c).toMatchObject({ period: 1, series: 2, selection: 1, bestR: 'snaive', ratio: 1 });
		expect(c!.r).toEqual({ ets: 2, snaive: 1 });
	});
});

describe("the R reference's cache", () => {
	it('runs R once for the same input, again for another input, and reads repeats back from the cache', () => {
		const dir = mkdtempSync(join(tmpdir(), 'resourceos-rcache-'));
		try {
			// A stand-in for Rscript: prints a package version for -e, else one forecast line, and logs each forecast run.
			const fake = join(dir, 'Rscript');
			const log = join(dir, 'runs.log');
			writeFileSync(
				fake,
				`#!/bin/sh\nif [ "$1" = "-e" ]; then printf 8.20; exit 0; fi\necho run >> ${log}\nprintf 'x\\tsnaive\\t1,2\\n'\n`
			);
			chmodSync(fake, 0o755);
			const cache = join(dir, 'cache');
			const series = [{ id: 'x', train: [1, 2, 3, 4, 5], period: 1, horizon: 2 }];
			const runs = () => readFileSync(log, 'utf8').trim().split('\n').length;
			expect(rReference(series, {}, fake, cache)?.get('x')?.get('snaive')).toEqual([1, 2]);
			expect(rReference(series, {}, fake, cache)?.get('x')?.get('snaive')).toEqual([1, 2]);
			expect(runs()).toBe(1);
			rReference([{ ...series[0]!, horizon: 3 }], {}, fake, cache);
			expect(runs()).toBe(2);
			expect(readdirSync(cache)).toHaveLength(2);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
