import { describe, expect, it } from 'vitest';
import { measureFalseDiscoveries } from './falseDiscoveries.js';

// Known truth: 8 persistent series per run, 2 pairs truly related at lag 3, the rest independent.
describe('false discoveries on persistent series (Correlation Center defaults)', () => {
	it.each(['arima110-0.9', 'trend'] as const)(
		'keeps the false discovery rate near q = 0.01 on %s series and finds every true pair at its lag',
		(process) => {
			const now = measureFalseDiscoveries({ process, runs: 40, seed: 5 });
			expect(now.truePairs).toBe(80);
			expect(now.trueAtLag).toBe(80);
			// Expected false discoveries ≈ 0.8 at q = 0.01; 3 allows for sampling error (Poisson, P(≥ 4) ≈ 0.01).
			expect(now.falseDiscoveries).toBeLessThanOrEqual(3);
		}
	);

	it('shows why: differencing alone with a t-test on n pairs floods ARIMA(1,1,0) results with ghosts', () => {
		const old = measureFalseDiscoveries({
			process: 'arima110-0.9',
			runs: 10,
			seed: 5,
			options: { preparation: 'difference', acfLags: 0 }
		});
		expect(old.fdr).toBeGreaterThan(0.5);
	});

	it('finds nothing in independent persistent series (beyond chance at q = 0.01)', () => {
		const none = measureFalseDiscoveries({ process: 'arima110-0.7', runs: 60, seed: 6, truePairs: 0 });
		expect(none.discoveries).toBeLessThanOrEqual(3);
	});
});
