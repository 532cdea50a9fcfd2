import type { CorrelationOptions } from './types.js';

/**
 * The domain brief's numbers: p < 0.01 to report, p > 0.05 to flag as weakening, weekly recompute. Pre-whitening by
 * default: differencing alone leaves persistent series autocorrelated, and null pairs of ARIMA(1,1,0) series then
 * gave a false discovery rate of 0.93 at q < 0.01 (see analyseRelations.test.ts for the rate now).
 */
export const defaults: CorrelationOptions = {
	alpha: 0.01,
	bar: 'q',
	weakenAbove: 0.05,
	maxLag: 7,
	method: 'pearson',
	preparation: 'prewhiten',
	period: 0,
	order: 2,
	minPoints: 20,
	flatRun: 3,
	acfLags: 10,
	influentialShare: 0.02,
	protectedAttributes: [],
	recomputeEveryDays: 7
};
