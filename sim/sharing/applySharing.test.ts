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
			lateDays: 2
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
	it('hands out nothing in survival mode', () => {
		expect(allocateRare(requests, 3, 'queue', createRng(1), true)).toMatchObject({
			status: 'closed',
			reason: 'survival-mode'
		});
	});
});
