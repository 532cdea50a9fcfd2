import { createMemoryStore } from './createMemoryStore.js';
import { createPointsLedger } from './createPointsLedger.js';
import { defaults } from './defaults.js';
import type { Ledger, PointsOptions } from './types.js';

/** The simulation's points ledger for `size` people (ids 0..size−1), with room for `awardCapacity` logged awards (it grows). */
export function createLedger(size: number, options: PointsOptions = defaults, awardCapacity = 1024): Ledger {
	const store = createMemoryStore(size, awardCapacity);
	return { size, log: store.log, ...createPointsLedger(store, options) };
}
