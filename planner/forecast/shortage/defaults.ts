import type { ShortageOptions } from './types.js';

/** The domain brief's 6-month strategic reserve; daily windows with a weekly pattern, three months ahead. */
export const shortageDefaults: ShortageOptions = {
	reserveDays: 182,
	minProbability: 0.5,
	horizon: 90,
	period: 7,
	paths: {}
};
