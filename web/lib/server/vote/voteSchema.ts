import * as v from 'valibot';

/** The ballot form: the one-time code, the choice (a scenario id or `contest`), and a reason when contesting. */
export const VoteForm = v.strictObject({
	code: v.pipe(
		v.string('should be text'),
		v.trim(),
		v.minLength(8, 'should be the code from the invitation'),
		v.maxLength(64, 'should be at most 64 characters')
	),
	choice: v.pipe(
		v.string('should be text'),
		v.trim(),
		v.regex(/^[A-Za-z0-9._-]{1,64}$/, 'should be a scenario id or "contest"')
	),
	reason: v.optional(
		v.pipe(v.string('should be text'), v.maxLength(2000, 'should be at most 2000 characters')),
		''
	)
});

/** The code form on the empty ballot page. */
export const CodeForm = v.strictObject({ code: VoteForm.entries.code });
