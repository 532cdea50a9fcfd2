import { describe, expect, it } from 'vitest';
import { applyOperation } from './applyOperation.js';
import { createLedger } from './createLedger.js';
import { defaults } from './defaults.js';
import { yearlyBurn } from './yearlyBurn.js';

const award = (
	person: number,
	kind: string,
	quantity: number,
	extra: object = {},
	day = 0,
	confirmedBy: number | null = person === 0 ? 1 : 0
) => ({ op: 'award', person, contribution: { kind, quantity, ...extra }, confirmedBy, day }) as const;

describe('points ledger', () => {
	it('accrues by the brief’s table, with hazardous ×2 and regenerative ×2–3', () => {
		const ledger = createLedger(3);
		expect(applyOperation(ledger, award(0, 'work', 1), defaults)).toEqual({
			status: 'ok',
			points: 200,
			balance: 200
		});
		expect(
			applyOperation(ledger, award(0, 'street-cleaning', 3, { hazardous: true }), defaults)
		).toMatchObject({ points: 180 });
		expect(applyOperation(ledger, award(1, 'ecology', 1, { regenerative: 2.5 }), defaults)).toMatchObject({
			points: 750
		});
		expect(applyOperation(ledger, award(1, 'ecology', 1, { regenerative: 4 }), defaults)).toMatchObject({
			status: 'error',
			code: 'bad-quantity'
		});
		expect(applyOperation(ledger, award(2, 'lobbying', 1), defaults)).toMatchObject({
			status: 'error',
			code: 'unknown-kind'
		});
		expect(applyOperation(ledger, award(2, 'discovery', 1, {}, 0, 2), defaults)).toMatchObject({
			status: 'error',
			code: 'self-confirmation'
		});
		expect([...ledger.balance]).toEqual([380, 750, 0]);
	});

	it('refuses an award nobody confirmed (the documents pay for confirmed contribution)', () => {
		const ledger = createLedger(2);
		expect(applyOperation(ledger, award(0, 'discovery', 1, {}, 0, null), defaults)).toMatchObject({
			status: 'error',
			code: 'unconfirmed'
		});
		expect(ledger.balance[0]).toBe(0);
		expect(ledger.awards).toBe(0);
	});

	it('refuses any transfer as an error and moves nothing', () => {
		const ledger = createLedger(2);
		applyOperation(ledger, award(0, 'work', 2), defaults);
		const result = applyOperation(ledger, { op: 'transfer', from: 0, to: 1, points: 100 }, defaults);
		expect(result).toMatchObject({ status: 'error', code: 'non-transferable' });
		expect([...ledger.balance]).toEqual([400, 0]);
	});

	it('spends points on tier-2 goods only when the balance covers the price', () => {
		const ledger = createLedger(2);
		applyOperation(ledger, award(0, 'work', 3), defaults);
		expect(
			applyOperation(
				ledger,
				{ op: 'spend', person: 0, points: 500, item: 'custom-housing-design', day: 1 },
				defaults
			)
		).toMatchObject({ status: 'ok', balance: 100 });
		expect(
			applyOperation(ledger, { op: 'spend', person: 0, points: 900, item: 'holiday-trip', day: 2 }, defaults)
		).toMatchObject({ status: 'error', code: 'insufficient' });
		expect(ledger.balance[0]).toBe(100);
	});

	it('burns 80% a year and carries 20%', () => {
		const ledger = createLedger(3);
		ledger.balance.set([1000, 250, 0]);
		expect(yearlyBurn(ledger, defaults.carryShare)).toBeCloseTo(1000, 9);
		expect([...ledger.balance]).toEqual([200, 50, 0]);
	});

	it('zeroes a manipulator and freezes accrual for six months', () => {
		const ledger = createLedger(2);
		applyOperation(ledger, award(0, 'work', 5), defaults);
		expect(
			applyOperation(ledger, { op: 'penalise', person: 0, day: 10, reason: 'award ring' }, defaults)
		).toEqual({ status: 'ok', points: -1000, balance: 0 });
		expect(applyOperation(ledger, award(0, 'work', 1, {}, 10 + 182), defaults)).toMatchObject({
			status: 'error',
			code: 'frozen'
		});
		expect(applyOperation(ledger, award(0, 'work', 1, {}, 10 + 183), defaults)).toMatchObject({
			status: 'ok',
			balance: 200
		});
	});
});
