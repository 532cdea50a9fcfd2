import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { accountsPath, openAccounts } from '../../data/accounts/index.js';
import { runInProcess } from '../runInProcess.js';

const dir = mkdtempSync(join(tmpdir(), 'ros-account-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `resourceos account add` of one account into the test's data folder. */
const add = (id: string, name: string, role: string) =>
	runInProcess(['account', 'add', '--dataDir', dir, '--id', id, '--name', name, '--role', role]);

describe('resourceos account', () => {
	it('adds an account with a generated password that signs in, lists it, and refuses bad input by name', async () => {
		const added = await add('e-agro', 'A. Agro', 'expert');
		expect(added.code).toBe(0);
		const password = /password \(shown once\): (\S+)/.exec(added.out)![1]!;
		const accounts = openAccounts(accountsPath(dir));
		expect(await accounts.signIn('e-agro', password, Date.now())).toMatchObject({ status: 'signed-in' });
		accounts.close();
		expect((await runInProcess(['account', 'list', '--dataDir', dir])).out).toBe('expert\te-agro\tA. Agro\n');
		const taken = await add('e-agro', 'B', 'council');
		expect([taken.code, taken.err]).toEqual([1, expect.stringContaining('taken')]);
		const role = await add('x', 'X', 'king');
		expect([role.code, role.err]).toEqual([2, expect.stringMatching(/--role.*council/)]);
		const step = await runInProcess(['account', 'remove', '--dataDir', dir]);
		expect([step.code, step.err]).toEqual([
			2,
			expect.stringContaining('subcommand: should be one of add, list, got "remove"')
		]);
	});
});
