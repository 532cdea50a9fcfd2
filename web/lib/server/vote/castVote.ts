import { parse, describeIssues } from '../../../../data/schema/index.js';
import type { AppContext } from '../context.js';
import type { CastOutcome } from './types.js';
import { VoteForm } from './voteSchema.js';

/** Validates the ballot form and casts it with its one-time code; the voter gets the receipt of the sealed ballot. */
export function castVote(app: AppContext, form: Record<string, unknown>): CastOutcome {
	const parsed = parse(VoteForm, form);
	if (!parsed.ok)
		return { status: 'refused', refusal: { status: 'bad-input', message: describeIssues(parsed.issues) } };
	const { code, choice, reason } = parsed.value;
	const result = app.rounds.cast(
		code,
		choice === 'contest' ? { kind: 'contest', reason } : { kind: 'scenario', scenarioId: choice }
	);
	if (!result.ok) return { status: 'refused', refusal: result.refusal };
	const { round, receipt } = result.ballot;
	return { status: 'cast', round, receipt, relang: { action: '?/receipt', fields: { round, receipt } } };
}
