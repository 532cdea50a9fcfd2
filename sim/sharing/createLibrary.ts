import type { Library } from './types.js';

/** A sharing centre stocked with `items` (ids and their catalogue resource), all on the shelf. */
export function createLibrary(items: readonly { readonly id: string; readonly resource: string }[]): Library {
	return {
		items,
		holder: new Int32Array(items.length).fill(-1),
		due: new Int32Array(items.length),
		bookings: items.map(() => []),
		held: new Map(),
		lateReturns: new Map(),
		banned: new Set()
	};
}
