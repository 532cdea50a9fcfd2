import { describe, expect, it } from 'vitest';
import { openAccounts } from '../../../../data/accounts/index.js';
import type { AppContext } from '../context.js';
import { createRateLimiter } from './rateLimiter.js';
import { signIn } from './signIn.js';

async function world() {
	const clock = { now: 0 };
	const accounts = openAccounts(':memory:', { scryptCost: 1024 });
	await accounts.add({ id: 'chair', name: 'Chair', role: 'council' }, 'long enough secret');
	const app = {
		accounts,
		signInLimiter: createRateLimiter({ failures: 3, windowMs: 60_000 }),
		now: () => clock.now
	} as unknown as AppContext;
	return { app, clock, accounts };
}

describe('sign-in', () => {
	it('starts a session with the right password, and says only "id or password is wrong" otherwise', async () => {
		const { app, accounts } = await world();
		const ok = await signIn(app, { id: 'chair', password: 'long enough secret' }, '10.0.0.1');
		if (ok.status !== 'signed-in') throw new Error(JSON.stringify(ok));
		expect(accounts.session(ok.token, 1)).toMatchObject({ id: 'chair', role: 'council' });
		const wrong = await signIn(app, { id: 'chair', password: 'nope' }, '10.0.0.1');
		const unknown = await signIn(app, { id: 'nobody', password: 'nope' }, '10.0.0.2');
		expect(wrong).toEqual(unknown);
		expect(await signIn(app, { id: 'chair', password: 'x', remember: 'on' }, '10.0.0.3')).toMatchObject({
			status: 'refused',
			message: expect.stringContaining('remember')
		});
	});

	it('throttles an account after three misses, from any address, until the window passes', async () => {
		const { app, clock } = await world();
		for (const address of ['1.1.1.1', '2.2.2.2', '3.3.3.3'])
			expect(await signIn(app, { id: 'chair', password: 'guess' }, address)).toMatchObject({
				status: 'refused'
			});
		// Even the right password waits: a guesser cannot tell a hit from a throttle.
		expect(await signIn(app, { id: 'chair', password: 'long enough secret' }, '4.4.4.4')).toEqual({
			status: 'throttled',
			retryAfterS: 60
		});
		clock.now = 60_001;
		expect(await signIn(app, { id: 'chair', password: 'long enough secret' }, '4.4.4.4')).toMatchObject({
			status: 'signed-in'
		});
	});

	it('throttles one address guessing many accounts', async () => {
		const { app } = await world();
		for (const id of ['a', 'b', 'c'])
			expect(await signIn(app, { id, password: 'guess' }, '9.9.9.9')).toMatchObject({ status: 'refused' });
		expect(await signIn(app, { id: 'chair', password: 'long enough secret' }, '9.9.9.9')).toMatchObject({
			status: 'throttled'
		});
	});
});
