import { describe, expect, it } from 'vitest';
import { openTestRound } from '../openTestRound.js';
import { normaliseReceipt } from './normaliseReceipt.js';
import { roundView } from './roundView.js';

describe('the public round page keeps the ballot’s promise', () => {
	it('while the vote is open shows turnout and a count of sealed ballots, never a receipt or a choice', async () => {
		const { app, desk, codes } = await openTestRound();
		const cast = desk.cast(codes[0]!, { kind: 'scenario', scenarioId: 'equity-first' });
		if (!cast.ok) throw new Error(cast.refusal.status);
		const { receipt } = cast.ballot;
		const view = roundView(app, 'r', 'en')!;
		expect(view.ballots.items).toEqual([]);
		expect(view.sealed).toBe(1);
		expect(view.turnout).toEqual({ voted: 1, invited: 3 });
		// Nothing in the page data (which SvelteKit serialises into the HTML) carries the receipt or the choice.
		expect(JSON.stringify(view)).not.toContain(receipt);
		expect(JSON.stringify(view.stages)).not.toContain('equity-first');
		// The voter can still find their own receipt, typed as displayed: it is in the box, its choice not shown.
		const typed = receipt.toUpperCase().match(/.{8}/g)!.join(' ');
		expect(roundView(app, 'r', 'en', typed)!.receipt).toEqual({ status: 'sealed', receipt, stage: 0 });
		expect(JSON.stringify(roundView(app, 'r', 'en', typed)!.receipt)).not.toContain('equity-first');
	});

	it('after the count publishes every receipt with its choice, and finds a receipt however it is typed', async () => {
		const { app, desk, codes } = await openTestRound();
		const receipts = codes.map((code) => {
			const cast = desk.cast(code, { kind: 'scenario', scenarioId: 'quinoa-substitution' });
			if (!cast.ok) throw new Error(cast.refusal.status);
			return cast.ballot.receipt;
		});
		expect(desk.act('r', { kind: 'close-vote' }).ok).toBe(true);
		const view = roundView(app, 'r', 'ru')!;
		expect(view.sealed).toBe(0);
		expect(view.ballots.items.map((b) => b.receipt)).toEqual([...receipts].sort());
		const dashed = receipts[1]!.match(/.{4}/g)!.join('-');
		expect(roundView(app, 'r', 'ru', ` ${dashed.toUpperCase()} `)!.receipt).toEqual({
			status: 'counted',
			receipt: receipts[1],
			stage: 0,
			choice: { kind: 'scenario', scenarioId: 'quinoa-substitution' }
		});
		expect(roundView(app, 'r', 'ru', 'ab'.repeat(32))!.receipt).toMatchObject({ status: 'missing' });
	});

	it('ignores spaces (also no-break), dashes and case in a receipt', () => {
		expect(normaliseReceipt(' AB12\u00a0cd34-EF56 – 7890\n')).toBe('ab12cd34ef567890');
	});

	it("names each scenario's policy in the reader's language, never by its id alone", async () => {
		const { app } = await openTestRound();
		for (const locale of ['ru', 'en'] as const) {
			const views = roundView(app, 'r', locale)!.scenarioViews;
			expect(views.length).toBeGreaterThan(0);
			for (const v of views) expect(v.policyName).not.toBe(v.policy);
		}
		const ru = roundView(app, 'r', 'ru')!.scenarioViews.find((v) => v.policy === 'equity-first');
		expect(ru?.policyName).toBe('Сначала справедливость');
	});
});
