import type { RationOptions } from './types.js';

/** A nutrient unmet weighs far above any food or transport cost; the mix is kept only when asked. */
export const rationDefaults: RationOptions = { shortfallCost: 1000, mixDeviationCost: 0 };
