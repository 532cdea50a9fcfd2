export type { Rng } from './types.js';
export { createRng } from './createRng.js';
