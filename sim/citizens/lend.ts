import { applySharing, sharingDefaults } from '../sharing/applySharing.js';
import type { Library } from '../sharing/types.js';

export /** Takes a free item of `resource` now, or books the earliest free window within the booking horizon. */
function lend(
	lib: Library,
	person: number,
	resource: string,
	day: number,
	days: number,
	survival: boolean
): boolean {
	if (survival) return false;
	for (let i = 0; i < lib.items.length; i++) {
		if (lib.items[i]!.resource !== resource || lib.holder[i] !== -1) continue;
		if (
			applySharing(lib, { op: 'take', person, item: i, today: day, days }, sharingDefaults, survival)
				.status === 'ok'
		)
			return true;
	}
	for (let i = 0; i < lib.items.length; i++) {
		if (lib.items[i]!.resource !== resource) continue;
		const from = Math.max(day, lib.holder[i]! >= 0 ? lib.due[i]! : day, ...lib.bookings[i]!.map((b) => b.to));
		if (
			applySharing(
				lib,
				{ op: 'book', person, item: i, from, to: from + days, today: day },
				sharingDefaults,
				survival
			).status === 'ok'
		)
			return true;
	}
	return false;
}
