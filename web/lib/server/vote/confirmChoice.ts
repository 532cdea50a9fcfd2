import { parse, describeIssues } from '../../../../data/schema/index.js';
import type { Locale, Relang } from '../../i18n/types.js';
import type { AppContext } from '../context.js';
import { ballotPage } from './ballotPage.js';
import type { BallotPage } from './types.js';
import { VoteForm } from './voteSchema.js';

/** The confirm step: the choice, checked against the ballot the code opens, with its label; nothing is cast yet. */
export type Confirmation =
	| {
			readonly status: 'confirm';
			readonly code: string;
			readonly choice: string;
			readonly reason: string;
			readonly label: string;
			readonly relang: Relang;
	  }
	| { readonly status: 'refused'; readonly refusal: Extract<BallotPage, { status: 'refused' }>['refusal'] };

export function confirmChoice(app: AppContext, form: Record<string, unknown>, locale: Locale): Confirmation {
	const parsed = parse(VoteForm, form);
	if (!parsed.ok)
		return { status: 'refused', refusal: { status: 'bad-input', message: describeIssues(parsed.issues) } };
	const { code, choice, reason } = parsed.value;
	const page = ballotPage(app, code, locale);
	if (page.status === 'refused') return page;
	if (choice === 'contest') {
		if (reason.trim().length < page.minContestReason)
			return { status: 'refused', refusal: { status: 'reason-required', minLength: page.minContestReason } };
		return confirmed(code, choice, reason.trim(), reason.trim());
	}
	const option = page.options.find((o) => o.id === choice);
	if (!option) return { status: 'refused', refusal: { status: 'not-on-ballot', scenarioId: choice } };
	return confirmed(code, choice, '', option.title);
}

function confirmed(code: string, choice: string, reason: string, label: string): Confirmation {
	return {
		status: 'confirm',
		code,
		choice,
		reason,
		label,
		relang: { action: '?/choose', fields: { code, choice, reason } }
	};
}
