import { describe, expect, it } from 'vitest';
import { openAccounts } from './openAccounts.js';

// A low scrypt cost keeps the test fast; the stored hash names its cost, so checking does not depend on the setting.
const open = () => openAccounts(':memory:', { scryptCost: 1024, sessionMs: 60_000 });

describe('console accounts', () => {
	it('signs in with the right password only, and a session lasts until sign-out or expiry', async () => {
		const accounts = open();
		expect(await accounts.add({ id: 'e-agro', name: 'A. Agro', role: 'expert' }, 'correct horse')).toEqual({
			status: 'added'
		});
		expect(await accounts.add({ id: 'e-agro', name: 'Other', role: 'council' }, 'x')).toEqual({
			status: 'exists'
		});
		expect(await accounts.signIn('e-agro', 'wrong horse', 0)).toEqual({ status: 'refused' });
		expect(await accounts.signIn('nobody', 'correct horse', 0)).toEqual({ status: 'refused' });
		const ok = await accounts.signIn('e-agro', 'correct horse', 1000);
		if (ok.status !== 'signed-in') throw new Error('refused');
		expect(ok.account).toEqual({ id: 'e-agro', name: 'A. Agro', role: 'expert' });
		expect(accounts.session(ok.token, 1000 + 59_999)).toEqual(ok.account);
		expect(accounts.session(ok.token, 1000 + 60_000)).toBeUndefined();
		expect(accounts.session(`${ok.token}x`, 1000)).toBeUndefined();
		const again = await accounts.signIn('e-agro', 'correct horse', 2000);
		if (again.status !== 'signed-in') throw new Error('refused');
		accounts.signOut(again.token);
		expect(accounts.session(again.token, 2001)).toBeUndefined();
		expect(accounts.list()).toEqual([{ id: 'e-agro', name: 'A. Agro', role: 'expert' }]);
		accounts.close();
	});
});
