import { describe, expect, it } from 'vitest';
import { createLedger } from './createLedger.js';
import { createPointsLedger } from './createPointsLedger.js';
import { defaults } from './defaults.js';
import type { PointsPosting, PointsStore } from './types.js';

const award = (
	person: number,
	kind: string,
	quantity: number,
	extra: object = {},
	at = 0,
	confirmedBy: number | null = person === 0 ? 1 : 0
) => ({ op: 'award', person, contribution: { kind, quantity, ...extra }, confirmedBy, at }) as const;

const balances = (ledger: ReturnType<typeof createLedger>) =>
	Array.from({ length: ledger.size }, (_, p) => ledger.balance(p));

describe('points ledger', () => {
	it('accrues by the brief’s table, with hazardous ×2 and regenerative ×2–3', () => {
		const ledger = createLedger(3);
		expect(ledger.apply(award(0, 'work', 1))).toEqual({ status: 'ok', points: 200, balance: 200 });
		expect(ledger.apply(award(0, 'street-cleaning', 3, { hazardous: true }))).toMatchObject({ points: 180 });
		expect(ledger.apply(award(1, 'ecology', 1, { regenerative: 2.5 }))).toMatchObject({ points: 750 });
		expect(ledger.apply(award(1, 'ecology', 1, { regenerative: 4 }))).toMatchObject({
			status: 'error',
			code: 'bad-quantity'
		});
		expect(ledger.apply(award(2, 'lobbying', 1))).toMatchObject({ status: 'error', code: 'unknown-kind' });
		expect(ledger.apply(award(2, 'discovery', 1, {}, 0, 2))).toMatchObject({
			status: 'error',
			code: 'self-confirmation'
		});
		expect(balances(ledger)).toEqual([380, 750, 0]);
	});

	it('refuses an award nobody confirmed (the documents pay for confirmed contribution)', () => {
		const ledger = createLedger(2);
		expect(ledger.apply(award(0, 'discovery', 1, {}, 0, null))).toMatchObject({
			status: 'error',
			code: 'unconfirmed'
		});
		expect(ledger.balance(0)).toBe(0);
		expect(ledger.log.awards).toBe(0);
	});

	it('refuses any transfer as an error and moves nothing', () => {
		const ledger = createLedger(2);
		ledger.apply(award(0, 'work', 2));
		const result = ledger.apply({ op: 'transfer', from: 0, to: 1, points: 100 });
		expect(result).toMatchObject({ status: 'error', code: 'non-transferable' });
		expect(balances(ledger)).toEqual([400, 0]);
	});

	it('spends points on tier-2 goods only when the balance covers the price', () => {
		const ledger = createLedger(2);
		ledger.apply(award(0, 'work', 3));
		const spend = (points: number, item: string, at: number) =>
			ledger.apply({ op: 'spend', person: 0, points, item, at });
		expect(spend(500, 'custom-housing-design', 1)).toMatchObject({ status: 'ok', balance: 100 });
		expect(spend(900, 'holiday-trip', 2)).toMatchObject({ status: 'error', code: 'insufficient' });
		expect(ledger.balance(0)).toBe(100);
	});

	it('burns 80% a year and carries 20%', () => {
		const ledger = createLedger(3);
		ledger.apply(award(0, 'work', 5));
		ledger.apply(award(1, 'course', 5));
		expect(ledger.yearlyBurn(364)).toBeCloseTo(1000, 9);
		expect(balances(ledger)).toEqual([200, 50, 0]);
	});

	it('zeroes a manipulator and freezes accrual for six months', () => {
		const ledger = createLedger(2);
		ledger.apply(award(0, 'work', 5));
		expect(ledger.apply({ op: 'penalise', person: 0, at: 10, reason: 'award ring' })).toEqual({
			status: 'ok',
			points: -1000,
			balance: 0
		});
		expect(ledger.apply(award(0, 'work', 1, {}, 10 + 182))).toMatchObject({
			status: 'error',
			code: 'frozen'
		});
		expect(ledger.apply(award(0, 'work', 1, {}, 10 + 183))).toMatchObject({ status: 'ok', balance: 200 });
	});

	it('keeps the same rules over any store: whole points, time in milliseconds, every change a posting', () => {
		// A store of named people with epoch-millisecond times, like the persisted record's.
		const postings: PointsPosting<string>[] = [];
		const sum = (p: string) => postings.filter((x) => x.person === p).reduce((a, x) => a + x.points, 0);
		const store: PointsStore<string> = {
			dayLength: 86_400_000,
			wholePoints: true,
			has: (p) => p.length > 0,
			balance: sum,
			lastPenalty: (p) =>
				Math.max(
					-Infinity,
					...postings.filter((x) => x.person === p && x.cause === 'penalty').map((x) => x.at)
				),
			post: (x) => void postings.push(x),
			eachBalance: (fn) => new Set(postings.map((x) => x.person)).forEach((p) => sum(p) > 0 && fn(p, sum(p)))
		};
		const ledger = createPointsLedger(store, defaults);
		const day = 86_400_000;
		ledger.apply({
			op: 'award',
			person: 'anna',
			contribution: { kind: 'governance', quantity: 1 },
			confirmedBy: 'r1',
			at: 0
		});
		ledger.apply({
			op: 'award',
			person: 'boris',
			contribution: { kind: 'course', quantity: 1 },
			confirmedBy: 'anna',
			at: 0
		});
		expect(ledger.yearlyBurn(day)).toBe(120 + 40);
		expect([ledger.balance('anna'), ledger.balance('boris')]).toEqual([30, 10]);
		ledger.apply({ op: 'penalise', person: 'boris', at: 2 * day, reason: 'ring' });
		const work = {
			op: 'award',
			person: 'boris',
			contribution: { kind: 'work', quantity: 1 },
			confirmedBy: 'anna'
		} as const;
		expect(ledger.apply({ ...work, at: 184 * day })).toMatchObject({ code: 'frozen' });
		expect(ledger.apply({ ...work, at: 185 * day })).toMatchObject({ status: 'ok' });
		expect(postings.map((x) => x.cause)).toEqual(['award', 'award', 'burn', 'burn', 'penalty', 'award']);
	});
});
