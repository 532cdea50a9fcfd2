import { applySharing, sharingDefaults } from '../sharing/applySharing.js';
import type { Library } from '../sharing/types.js';

/** A sharing centre's morning: loans that are due come back, and bookers collect their item. */
export function settleLoans(lib: Library, day: number, survival: boolean): void {
	for (let i = 0; i < lib.items.length; i++) {
		if (lib.holder[i]! >= 0 && lib.due[i]! <= day)
			applySharing(lib, { op: 'return', person: lib.holder[i]!, item: i, today: day });
		// Bookers collect their item on the first booked day; a booking that cannot be collected lapses.
		const next = lib.bookings[i]![0];
		if (lib.holder[i] === -1 && next && next.from <= day) {
			const taken = applySharing(
				lib,
				{ op: 'take', person: next.person, item: i, today: day, days: Math.max(1, next.to - day) },
				sharingDefaults,
				survival
			);
			if (taken.status !== 'ok')
				applySharing(lib, { op: 'cancel', person: next.person, item: i, from: next.from });
		}
	}
}
