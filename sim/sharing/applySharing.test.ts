import { describe, expect, it } from 'vitest';
import { createRng } from '../rng/createRng.js';
import { allocateRare } from './allocateRare.js';
import { applySharing } from './applySharing.js';
import { createLibrary } from './createLibrary.js';

const shelf = (n: number) =>
	createLibrary(Array.from({ length: n }, (_, i) => ({ id: `drill-${i}`, resource: 'scarce-equipment' })));

describe('sharing centre (library model)', () => {
	it('takes, uses and returns; reports late days', () => {
		const lib = shelf(1);
		expect(applySharing(lib, { op: 'take', person: 1, item: 0, today: 0, days: 7 })).toEqual({
			status: 'ok'
		});
		expect(applySharing(lib, { op: 'take', person: 2, item: 0, today: 3, days: 7 })).toMatchObject({
			code: 'taken'
		});
		expect(applySharing(lib, { op: 'return', person: 2, item: 0, today: 5 })).toMatchObject({
			code: 'not-holder'
		});
		expect(applySharing(lib, { op: 'return', person: 1, item: 0, today: 9 })).toEqual({
			status: 'ok',
			lateDays: 2,
			banned: false
		});
		expect(applySharing(lib, { op: 'take', person: 2, item: 0, today: 9, days: 7 })).toEqual({
			status: 'ok'
		});
	});

	it('lets one person hold at most 5 items at once', () => {
		const lib = shelf(6);
		for (let i = 0; i < 5; i++)
			expect(applySharing(lib, { op: 'take', person: 1, item: i, today: 0, days: 10 }).status).toBe('ok');
		expect(applySharing(lib, { op: 'take', person: 1, item: 5, today: 0, days: 10 })).toMatchObject({
			code: 'limit'
		});
		applySharing(lib, { op: 'return', person: 1, item: 0, today: 2 });
		expect(applySharing(lib, { op: 'take', person: 1, item: 5, today: 2, days: 10 }).status).toBe('ok');
	});

	it('books at most 3 months ahead, without overlaps, and keeps the booked days for the booker', () => {
		const lib = shelf(1);
		expect(applySharing(lib, { op: 'book', person: 1, item: 0, from: 93, to: 100, today: 0 })).toMatchObject({
			code: 'too-far-ahead'
		});
		expect(applySharing(lib, { op: 'book', person: 1, item: 0, from: 90, to: 100, today: 0 })).toEqual({
			status: 'ok'
		});
		expect(applySharing(lib, { op: 'book', person: 2, item: 0, from: 92, to: 98, today: 0 })).toMatchObject({
			code: 'overlap'
		});
		expect(applySharing(lib, { op: 'take', person: 2, item: 0, today: 85, days: 10 })).toMatchObject({
			code: 'overlap'
		});
		expect(applySharing(lib, { op: 'take', person: 2, item: 0, today: 80, days: 10 }).status).toBe('ok');
		applySharing(lib, { op: 'return', person: 2, item: 0, today: 90 });
		expect(applySharing(lib, { op: 'take', person: 1, item: 0, today: 90, days: 10 }).status).toBe('ok');
		expect(lib.bookings[0]).toEqual([]);
	});

	it('lifetime ban for rare-goods abuse: a loan kept a month late, or three late returns', () => {
		const lib = shelf(2);
		const loan = (person: number, item: number, today: number, back: number) => {
			applySharing(lib, { op: 'take', person, item, today, days: 7 });
			return applySharing(lib, { op: 'return', person, item, today: back });
		};
		expect(loan(1, 0, 0, 7 + 30)).toMatchObject({ lateDays: 30, banned: true });
		expect(loan(2, 1, 0, 8)).toMatchObject({ lateDays: 1, banned: false });
		expect(loan(2, 1, 10, 18)).toMatchObject({ banned: false });
		expect(loan(2, 1, 20, 28)).toMatchObject({ banned: true });
		for (const person of [1, 2]) {
			expect(applySharing(lib, { op: 'take', person, item: 0, today: 40, days: 1 })).toMatchObject({
				code: 'banned'
			});
			expect(applySharing(lib, { op: 'book', person, item: 0, today: 40, from: 50, to: 51 })).toMatchObject({
				code: 'banned'
			});
		}
		// On time is no abuse, however often.
		for (let d = 0; d < 10; d++) expect(loan(3, 0, 40 + 10 * d, 47 + 10 * d)).toMatchObject({ lateDays: 0 });
		expect(lib.banned).toEqual(new Set([1, 2]));
	});

	it('closes rare goods in survival mode', () => {
		expect(
			applySharing(shelf(1), { op: 'take', person: 1, item: 0, today: 0, days: 1 }, undefined, true)
		).toMatchObject({ code: 'survival-mode' });
	});
});

describe('rare goods by queue or lottery', () => {
	const requests = [
		{ person: 5, day: 2, need: false },
		{ person: 3, day: 1, need: false },
		{ person: 9, day: 3, need: true },
		{ person: 4, day: 1, need: false }
	];
	it('serves need first, then the queue in order of request', () => {
		expect(allocateRare(requests, 3, 'queue', createRng(1))).toEqual({
			status: 'ok',
			granted: [9, 3, 4],
			waiting: [5]
		});
	});
	it('draws a seeded lottery after need: same seed, same winners', () => {
		const a = allocateRare(requests, 2, 'lottery', createRng(1));
		expect(a).toEqual(allocateRare(requests, 2, 'lottery', createRng(1)));
		if (a.status !== 'ok') throw new Error('closed');
		expect(a.granted[0]).toBe(9);
		const winners = new Set<number>();
		for (let s = 0; s < 50; s++) {
			const r = allocateRare(requests, 2, 'lottery', createRng(s));
			if (r.status === 'ok') winners.add(r.granted[1]!);
		}
		expect(winners).toEqual(new Set([3, 4, 5]));
	});
	it('rare goods by need priority and consumption history: need first, then who received fewer', () => {
		const history = [
			{ person: 1, day: 0, need: false, received: 2 },
			{ person: 2, day: 5, need: false, received: 0 },
			{ person: 3, day: 1, need: true, received: 4 },
			{ person: 4, day: 3, need: false, received: 1 },
			{ person: 5, day: 2, need: false, received: 0 }
		];
		expect(allocateRare(history, 4, 'queue', createRng(1))).toMatchObject({ granted: [3, 5, 2, 4] });
		// A lottery draws only among those with the least history, after need.
		for (let s = 0; s < 20; s++) {
			const a = allocateRare(history, 3, 'lottery', createRng(s));
			if (a.status !== 'ok') throw new Error('closed');
			expect(a.granted[0]).toBe(3);
			expect(new Set(a.granted.slice(1))).toEqual(new Set([2, 5]));
		}
	});
	it('hands out nothing in survival mode', () => {
		expect(allocateRare(requests, 3, 'queue', createRng(1), true)).toMatchObject({
			status: 'closed',
			reason: 'survival-mode'
		});
	});
});
