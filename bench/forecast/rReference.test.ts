import { describe, expect, it } from 'vitest';
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
