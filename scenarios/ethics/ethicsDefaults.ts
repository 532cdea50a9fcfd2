import type { EthicsOptions } from './types.js';

/** A strike needs at least a sentence of reason. */
export const ethicsDefaults: EthicsOptions = { minReasonLength: 20 };
