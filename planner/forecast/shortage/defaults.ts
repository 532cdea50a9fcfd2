import type { ShortageOptions } from './types.js';

/** The domain brief's 6-month strategic reserve; daily windows with a weekly season, three months ahead; four recent backtests a week ahead, so that a stock that began to fall recently is judged on its recent behaviour. */
export const shortageDefaults: ShortageOptions = {
	reserveDays: 182,
	minProbability: 0.5,
	forecast: { period: 7, horizon: 90, backtestHorizon: 7, origins: 4 }
};
