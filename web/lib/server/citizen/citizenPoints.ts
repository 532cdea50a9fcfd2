import * as v from 'valibot';
import type { PointsEntry } from '../../../../data/ledger/index.js';
import { describeIssues, parse } from '../../../../data/schema/index.js';
import { credentialHash } from '../../../../scenarios/ballot/credentialCode.js';
import { citizenTranslator } from '../../i18n/citizenMessages.js';
import type { Locale } from '../../i18n/types.js';
import type { AppContext } from '../context.js';
import type { CitizenPoints } from './types.js';

/** The points form: the invitation code alone. */
export const PointsForm = v.strictObject({
	c: v.pipe(
		v.string('should be text'),
		v.trim(),
		v.minLength(8, 'should be the code from the invitation'),
		v.maxLength(64, 'should be at most 64 characters')
	)
});

/** A ledger entry's reason in plain words (the ledger records a fixed English tag; unknown tags are shown as recorded). */
function explain(entry: PointsEntry, c: ReturnType<typeof citizenTranslator>): string {
	if (entry.reason.startsWith('governance')) return c('points.governance', { round: entry.round ?? '' });
	if (entry.reason.startsWith('spent: '))
		return c('points.spent', { purpose: entry.reason.slice('spent: '.length) });
	if (entry.reason === 'yearly burn') return c('points.burn');
	return c('points.other', { reason: entry.reason });
}

/**
 * A panelist's points, opened with their invitation code: the code's hash names the person in the
 * ledger (used or not, a code stays theirs), so nobody sees another's points by guessing a name.
 */
export function citizenPoints(app: AppContext, form: Record<string, unknown>, locale: Locale): CitizenPoints {
	const c = citizenTranslator(locale);
	const parsed = parse(PointsForm, form);
	if (!parsed.ok) return { status: 'refused', error: describeIssues(parsed.issues) };
	const code = parsed.value.c;
	const person = app.ledger.credential(credentialHash(code))?.panelist;
	if (!person) return { status: 'refused', error: c('citizen.unknownCode') };
	return {
		status: 'shown',
		balance: app.ledger.balance(person),
		lines: app.ledger
			.points(person)
			.map((e) => ({ points: e.points, at: new Date(e.at).toISOString(), explanation: explain(e, c) })),
		relang: { action: '?/points', fields: { c: code } }
	};
}
