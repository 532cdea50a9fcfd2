import * as v from 'valibot';
import { electionLedger } from '../../../data/ledger/election/index.js';
import { ledgerPath, openLedger } from '../../../data/ledger/index.js';
import { loadConfig } from '../../config/index.js';
import type { CliIO } from '../../types.js';

/** `--dataDir DIR`: the folder of the ledger (default: the configured data folder). */
export const dataDirFlag = v.optional(
	v.pipe(v.string('should name a folder'), v.nonEmpty('should name a folder'))
);

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
