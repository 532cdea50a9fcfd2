import * as v from 'valibot';
import { parse } from '../../../../data/schema/index.js';
import type { AppContext } from '../context.js';
import type { SignInOutcome } from './types.js';

const SignInForm = v.strictObject({
	id: v.pipe(
		v.string('should be text'),
		v.trim(),
		v.regex(/^[A-Za-z0-9._-]{1,64}$/, 'should be your account id: letters, digits, dot, dash, underscore')
	),
	password: v.pipe(
		v.string('should be text'),
		v.minLength(1, 'should not be empty'),
		v.maxLength(1024, 'should be at most 1024 characters')
	)
});

/**
 * Checks a sign-in form and starts a session. Throttled per account and per address, so neither one
 * address guessing many accounts nor many addresses guessing one account get far. A refusal does not
 * say whether the account exists.
 */
export async function signIn(
	app: AppContext,
	form: Record<string, unknown>,
	address: string
): Promise<SignInOutcome> {
	const parsed = parse(SignInForm, form);
	if (!parsed.ok) {
		const issue = parsed.issues[0]!;
		const field = issue.path === 'password' ? 'password' : 'id';
		return { status: 'refused', field, message: `${issue.path || 'form'}: ${issue.expected}` };
	}
	const { id, password } = parsed.value;
	const now = app.now();
	const keys = [`account:${id}`, `address:${address}`];
	const wait = Math.max(...keys.map((k) => app.signInLimiter.wait(k, now)));
	if (wait > 0) return { status: 'throttled', retryAfterS: wait };
	const result = await app.accounts.signIn(id, password, now);
	if (result.status === 'refused') {
		for (const k of keys) app.signInLimiter.fail(k, now);
		return { status: 'refused', field: 'password', message: 'id or password is wrong' };
	}
	app.signInLimiter.clear(keys[0]!);
	return { status: 'signed-in', token: result.token, expires: result.expires };
}
