import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { accountsPath, openAccounts } from '../../data/accounts/index.js';
import { runInProcess } from '../runInProcess.js';

const dir = mkdtempSync(join(tmpdir(), 'ros-account-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('resourceos account', () => {
	it('adds an account with a generated password that signs in, lists it, and refuses bad input by name', async () => {
		const added = await runInProcess([
			'account',
			'add',
			'--dataDir',
			dir,
			'--id',
			'e-agro',
			'--name',
			'A. Agro',
			'--role',
			'expert'
		]);
		expect(added.code).toBe(0);
		const password = /password \(shown once\): (\S+)/.exec(added.out)![1]!;
		const accounts = openAccounts(accountsPath(dir));
		expect(await accounts.signIn('e-agro', password, Date.now())).toMatchObject({ status: 'signed-in' });
		accounts.close();
		expect((await runInProcess(['account', 'list', '--dataDir', dir])).out).toBe('expert\te-agro\tA. Agro\n');
		const taken = await runInProcess([
			'account',
			'add',
			'--dataDir',
			dir,
			'--id',
			'e-agro',
			'--name',
			'B',
			'--role',
			'council'
		]);
		expect([taken.code, taken.err]).toEqual([1, expect.stringContaining('taken')]);
		const role = await runInProcess([
			'account',
			'add',
			'--dataDir',
			dir,
			'--id',
			'x',
			'--name',
			'X',
			'--role',
			'king'
		]);
		expect([role.code, role.err]).toEqual([2, expect.stringMatching(/--role.*council/)]);
		const step = await runInProcess(['account', 'remove', '--dataDir', dir]);
		expect([step.code, step.err]).toEqual([
			2,
			expect.stringContaining('subcommand: should be one of add, list, got "remove"')
		]);
	});
});
