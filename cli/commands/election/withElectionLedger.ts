import { electionLedger } from '../../../data/ledger/election/index.js';
import { ledgerPath, openLedger } from '../../../data/ledger/index.js';
import { loadConfig } from '../../config/index.js';
import type { CliIO } from '../../types.js';

/** Runs `use` on the election steps over the ledger in the data folder, and closes the ledger after. */
export async function withElectionLedger<T>(
	io: CliIO,
	dataDir: string | undefined,
	use: (elections: ReturnType<typeof electionLedger>) => T | Promise<T>
): Promise<T> {
	const dir = dataDir ?? (await loadConfig({ env: io.env, flags: {} })).dataDir;
	const ledger = openLedger(ledgerPath(dir));
	try {
		return await use(electionLedger(ledger));
	} finally {
		ledger.close();
	}
}
