import type { EtsOptions } from './types.js';

/** R's ets models seasons up to 24 steps; 300 simplex iterations were enough for the fixture's series to match R. */
export const etsDefaults: EtsOptions = { maxIterations: 300, maxPeriod: 24 };
