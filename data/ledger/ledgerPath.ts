import { join } from 'node:path';

/** Where the ledger lives inside the data folder (`dataDir` setting). */
export function ledgerPath(dataDir: string): string {
	return join(dataDir, 'ledger.sqlite');
}
