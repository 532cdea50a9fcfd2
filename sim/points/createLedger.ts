import type { Ledger } from './types.js';

/** An empty ledger for `size` people (ids 0..size−1), with room for `awardCapacity` logged awards (it grows). */
export function createLedger(size: number, awardCapacity = 1024): Ledger {
	return {
		size,
		balance: new Float64Array(size),
		frozenUntil: new Int32Array(size).fill(-1),
		awards: 0,
		awardFrom: new Int32Array(awardCapacity),
		awardTo: new Int32Array(awardCapacity),
		awardPoints: new Float64Array(awardCapacity),
		awardDay: new Int32Array(awardCapacity),
		awardKind: new Int32Array(awardCapacity),
		awardQuantity: new Float64Array(awardCapacity)
	};
}
