import { describe, expect, it } from 'vitest';
import { measureShortageCoverage } from './shortageCoverage.js';

describe('shortage probabilities against simulated stocks (known truth)', () => {
	it('keeps 90% bands near 90% at every lead band, where the old backtested interval fell to about 50% at 31–90 days', () => {
		const { paths, conformal } = measureShortageCoverage(60, 3);
		for (const c of paths) {
			// 60 series: points within a series share its errors, so ±6 points is sampling error.
			expect(c).toBeGreaterThan(0.84);
			expect(c).toBeLessThan(0.96);
		}
		expect(conformal[2]!).toBeLessThan(0.7);
	});
});
