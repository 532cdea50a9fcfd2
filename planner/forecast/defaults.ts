import type { ForecastOptions } from './types.js';

/** Monthly-style defaults: a year ahead, six rolling origins half a horizon apart, 90% intervals. */
export const defaults: ForecastOptions = {
	period: 12,
	horizon: 12,
	backtestHorizon: 0,
	origins: 6,
	originStride: 0,
	methods: ['naive', 'seasonal-naive', 'tsb', 'theta', 'holt-winters', 'holt-winters-fast-trend'],
	selectBy: 'auto',
	tolerance: 0,
	prefer: 'holt-winters',
	preferUnlessBeatenAt: 5 / 6,
	randomWalkMethod: 'theta',
	randomWalkMargin: 0.5,
	level: 0.9,
	maxHistory: 1000,
	staleSteps: 0,
	nonNegative: false
};
