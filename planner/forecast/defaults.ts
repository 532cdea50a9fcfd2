import type { ForecastOptions } from './types.js';

/** Monthly-style defaults: a year ahead, four rolling origins, 90% intervals. */
export const defaults: ForecastOptions = {
	period: 12,
	horizon: 12,
	backtestHorizon: 0,
	origins: 4,
	originStride: 0,
	methods: ['naive', 'seasonal-naive', 'holt-winters'],
	level: 0.9,
	maxHistory: 1000,
	staleSteps: 0
};
