import type { ShortageOptions } from './types.js';

/** The domain brief's 6-month strategic reserve; daily windows with a weekly season, three months ahead, backtested two weeks ahead. */
export const shortageDefaults: ShortageOptions = {
	reserveDays: 182,
	minProbability: 0.5,
	forecast: { period: 7, horizon: 90, backtestHorizon: 14 }
};
