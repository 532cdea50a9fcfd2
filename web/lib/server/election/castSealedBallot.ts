import * as v from 'valibot';
import { describeIssues, parse } from '../../../../data/schema/index.js';
import { signedBallotSchema } from '../../../../scenarios/ballot/election/index.js';
import type { AppContext } from '../context.js';
import type { SealedCastOutcome } from './types.js';

const Form = v.strictObject({
	ballot: v.pipe(
		v.string('should be the encrypted ballot'),
		v.maxLength(20_000, 'should be at most 20000 characters'),
		v.rawTransform(({ dataset, addIssue, NEVER }) => {
			try {
				return JSON.parse(dataset.value) as unknown;
			} catch {
				addIssue({ message: 'should be JSON' });
				return NEVER;
			}
		}),
		signedBallotSchema
	)
});

/** Validates the signed ballot the phone posted and puts it in the box; the server never sees a choice or a code. */
export function castSealedBallot(
	app: AppContext,
	election: string,
	form: Record<string, unknown>
): SealedCastOutcome {
	const parsed = parse(Form, form);
	if (!parsed.ok) return { status: 'refused', reason: describeIssues(parsed.issues) };
	const cast = app.elections.cast(election, parsed.value.ballot, app.now());
	return cast.status === 'done' ? { status: 'cast', receipt: cast.receipt } : cast;
}
