import type { Library, SharingOp, SharingOptions, SharingRefusal, SharingResult } from './types.js';

export const sharingDefaults: SharingOptions = {
	maxItemsPerPerson: 5,
	maxAheadDays: 92,
	maxLoanDays: 30,
	abuseLateDays: 30,
	abuseLateReturns: 3
};

const refuse = (code: SharingRefusal, message: string): SharingResult => ({
	status: 'refused',
	code,
	message
});
const overlaps = (a: number, b: number, c: number, d: number) => a < d && c < b;

/**
 * One operation of the library model, dispatched in one switch: a person takes an item (if no one
 * else has booked those days and they hold fewer than the limit), uses it, returns it (late days are
 * reported); items can be booked up to `maxAheadDays` ahead. In survival mode rare goods are closed.
 * Abusing rare goods (a return `abuseLateDays` late, or `abuseLateReturns` late returns) bans the
 * person for life: they can neither book nor take again.
 */
export function applySharing(
	library: Library,
	op: SharingOp,
	options: SharingOptions = sharingDefaults,
	survival = false
): SharingResult {
	if (op.item < 0 || op.item >= library.items.length || !Number.isInteger(op.item))
		return refuse('unknown-item', `no item ${op.item}`);
	const bookings = library.bookings[op.item]!;
	const name = library.items[op.item]!.id;
	if ((op.op === 'book' || op.op === 'take') && library.banned.has(op.person))
		return refuse('banned', `person ${op.person} is banned from rare goods for life for abusing them`);
	switch (op.op) {
		case 'book': {
			if (survival) return refuse('survival-mode', 'rare goods are closed in survival mode');
			if (!(op.to > op.from) || op.from < op.today)
				return refuse(
					'bad-dates',
					`a booking should start today or later and end after it starts, got ${op.from}..${op.to}`
				);
			if (op.from - op.today > options.maxAheadDays)
				return refuse(
					'too-far-ahead',
					`${name} can be booked at most ${options.maxAheadDays} days ahead, asked ${op.from - op.today}`
				);
			if (op.to - op.from > options.maxLoanDays)
				return refuse(
					'too-long',
					`a loan lasts at most ${options.maxLoanDays} days, asked ${op.to - op.from}`
				);
			const clash = bookings.find((b) => overlaps(b.from, b.to, op.from, op.to));
			if (clash) return refuse('overlap', `${name} is booked on days ${clash.from}..${clash.to}`);
			bookings.push({ person: op.person, from: op.from, to: op.to });
			bookings.sort((a, b) => a.from - b.from);
			return { status: 'ok' };
		}
		case 'take': {
			if (survival) return refuse('survival-mode', 'rare goods are closed in survival mode');
			if (library.holder[op.item] !== -1)
				return refuse('taken', `${name} is out until day ${library.due[op.item]}`);
			if (!(op.days >= 1) || op.days > options.maxLoanDays)
				return refuse('too-long', `a loan lasts 1 to ${options.maxLoanDays} days, asked ${op.days}`);
			const held = library.held.get(op.person) ?? 0;
			if (held >= options.maxItemsPerPerson)
				return refuse(
					'limit',
					`person ${op.person} already holds ${held} items (at most ${options.maxItemsPerPerson})`
				);
			const end = op.today + op.days;
			const clash = bookings.find((b) => b.person !== op.person && overlaps(b.from, b.to, op.today, end));
			if (clash)
				return refuse('overlap', `${name} is booked by someone else on days ${clash.from}..${clash.to}`);
			// Taking an item uses up the person's own booking for those days.
			library.bookings[op.item] = bookings.filter(
				(b) => !(b.person === op.person && overlaps(b.from, b.to, op.today, end))
			);
			library.holder[op.item] = op.person;
			library.due[op.item] = end;
			library.held.set(op.person, held + 1);
			return { status: 'ok' };
		}
		case 'return': {
			if (library.holder[op.item] !== op.person)
				return refuse('not-holder', `${name} is not held by person ${op.person}`);
			library.holder[op.item] = -1;
			library.held.set(op.person, (library.held.get(op.person) ?? 1) - 1);
			const lateDays = Math.max(0, op.today - library.due[op.item]!);
			if (lateDays === 0) return { status: 'ok', lateDays };
			const late = (library.lateReturns.get(op.person) ?? 0) + 1;
			library.lateReturns.set(op.person, late);
			const banned = lateDays >= options.abuseLateDays || late >= options.abuseLateReturns;
			if (banned) library.banned.add(op.person);
			return { status: 'ok', lateDays, banned };
		}
		case 'cancel': {
			const i = bookings.findIndex((b) => b.person === op.person && b.from === op.from);
			if (i < 0)
				return refuse('no-booking', `person ${op.person} has no booking of ${name} from day ${op.from}`);
			bookings.splice(i, 1);
			return { status: 'ok' };
		}
	}
}
