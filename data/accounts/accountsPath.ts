import { join } from 'node:path';

/**
 * Where accounts live inside the data folder: their own file, never the ledger, because copies of the
 * ledger go to auditors and password hashes must not.
 */
export function accountsPath(dataDir: string): string {
	return join(dataDir, 'accounts.sqlite');
}
