import type { AccountOptions } from './types.js';

export const accountDefaults: AccountOptions = { sessionMs: 12 * 3600_000, scryptCost: 2 ** 15 };
