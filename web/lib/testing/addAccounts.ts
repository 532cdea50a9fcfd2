import { accountsPath, openAccounts, type Role } from '../../../data/accounts/index.js';

/** For tests: console accounts in `dataDir`, each named after its id with `role`, all with `password`. */
export async function addAccounts(
	dataDir: string,
	people: readonly (readonly [id: string, role: Role])[],
	password: string
): Promise<void> {
	const accounts = openAccounts(accountsPath(dataDir));
	try {
		for (const [id, role] of people) await accounts.add({ id, name: id, role }, password);
	} finally {
		accounts.close();
	}
}
