import * as v from 'valibot';
import { describeIssues, parse } from '../../../../data/schema/index.js';
import { normaliseReceipt } from '../rounds/normaliseReceipt.js';
import type { AppContext } from '../context.js';
import type { CastOutcome } from './types.js';

const ReceiptForm = v.strictObject({
	round: v.pipe(v.string('should be text'), v.regex(/^[A-Za-z0-9._-]{1,64}$/, 'should be a round id')),
	receipt: v.pipe(
		v.string('should be text'),
		v.transform(normaliseReceipt),
		v.regex(/^[0-9a-f]{64}$/, 'should be 64 hex digits')
	)
});

/**
 * The receipt page again (after a language switch): only for a receipt in the round's box, so the
 * page never claims "vote recorded" for a made-up receipt. It shows nothing the receipt holder did not have.
 */
export function showReceipt(app: AppContext, form: Record<string, unknown>): CastOutcome {
	const parsed = parse(ReceiptForm, form);
	if (!parsed.ok)
		return { status: 'refused', refusal: { status: 'bad-input', message: describeIssues(parsed.issues) } };
	const { round, receipt } = parsed.value;
	const box = [...app.rounds.ballots(round), ...app.rounds.openBallots(round)];
	if (!box.some((b) => b.receipt === receipt))
		return { status: 'refused', refusal: { status: 'bad-input', message: `receipt: not in round ${round}` } };
	return { status: 'cast', round, receipt, relang: { action: '?/receipt', fields: { round, receipt } } };
}
