import { describe, expect, it } from 'vitest';
import { createRng } from '../../rng/createRng.js';
import { createLedger } from '../createLedger.js';
import { defaults } from '../defaults.js';
import { decideCase, openCase } from './decideCase.js';
import type { AuditFlag } from './types.js';

const flag: AuditFlag = {
	person: 3,
	reasons: [{ feature: 'unrelated-confirmations', value: 1, threshold: 0.25 }]
};

function setUp() {
	const ledger = createLedger(50);
	ledger.apply({
		op: 'award',
		person: 3,
		contribution: { kind: 'work', quantity: 2 },
		confirmedBy: 4,
		at: 0
	});
	const open = openCase(flag, 10, ledger, [0, 4, 7], createRng(1));
	if (open.status !== 'open') throw new Error('bug');
	return { ledger, open };
}

describe('appeal to 12 random citizens and 1 expert', () => {
	it('a flag opens a case with 12 citizens and 1 expert drawn by lot, none of them a party; no balance changes', () => {
		const { ledger, open } = setUp();
		expect(open.panel.citizens).toHaveLength(12);
		expect(new Set(open.panel.citizens).size).toBe(12);
		// Neither the person nor whoever confirmed their awards sits on the panel.
		expect(open.panel.citizens).not.toContain(3);
		expect(open.panel.citizens).not.toContain(4);
		expect([0, 7]).toContain(open.panel.expert);
		expect(ledger.balance(3)).toBe(400);
	});

	it('a majority of the 13 upholds: only then are the points zeroed and accrual frozen, through the ledger', () => {
		const { ledger, open } = setUp();
		const decided = decideCase(
			open,
			{ citizens: [...Array(6).fill(true), ...Array(6).fill(false)], expert: true },
			ledger,
			12
		);
		expect(decided).toMatchObject({ status: 'upheld', guilty: 7, votes: 13 });
		expect(ledger.balance(3)).toBe(0);
		// Accrual stays frozen for six months after the decision, then resumes.
		const work = {
			op: 'award',
			person: 3,
			contribution: { kind: 'work', quantity: 1 },
			confirmedBy: 4
		} as const;
		expect(ledger.apply({ ...work, at: 12 + defaults.freezeDays - 1 })).toMatchObject({ code: 'frozen' });
		expect(ledger.apply({ ...work, at: 12 + defaults.freezeDays })).toMatchObject({ status: 'ok' });
	});

	it('6 of 13 dismiss the case and nothing happens to the person', () => {
		const { ledger, open } = setUp();
		const decided = decideCase(
			open,
			{ citizens: [...Array(6).fill(true), ...Array(6).fill(false)], expert: false },
			ledger,
			12
		);
		expect(decided).toMatchObject({ status: 'dismissed', guilty: 6 });
		expect(ledger.balance(3)).toBe(400);
		expect(
			ledger.apply({
				op: 'award',
				person: 3,
				contribution: { kind: 'work', quantity: 1 },
				confirmedBy: 4,
				at: 13
			})
		).toMatchObject({ status: 'ok' });
	});
});
