import type { ProtocolContext } from '../protocol/index.js';

/** For tests: a reference that knows water only (in litres) and no capacities, read at `now` (ms). */
export const waterOnlyContext = (now: number): ProtocolContext => ({
	unitOf: (resource) => (resource === 'water' ? 'L' : undefined),
	capacityOf: () => undefined,
	now
});
