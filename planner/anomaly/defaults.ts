import type { RegimeOptions } from './types.js';

/** Chosen so that a clean noisy series raises almost no flags while a 4σ step, a slope change or a spike is caught. */
export const defaults: RegimeOptions = {
	prior: { steady: 0.94, step: 0.02, slope: 0.02, transient: 0.02 },
	stepVariance: 50,
	slopeVariance: 1,
	transientVariance: 50,
	lookahead: 8,
	threshold: 0.6,
	warmup: 30
};
