import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { electionLedger, type ElectionLedger } from '../../../data/ledger/election/index.js';
import { ledgerPath, openLedger, type Ledger, type SignedHead } from '../../../data/ledger/index.js';
import {
	createRoundDesk,
	uniformPanelDrawer,
	type Invitation,
	type PanelDrawer,
	type RoundDesk
} from '../../../scenarios/round/index.js';
import { maximinPanelDrawer, type Quotas, type SortitionSolver } from '../../../scenarios/sortition/index.js';
import { loadConfig } from '../../config/index.js';
import type { CliIO } from '../../types.js';

/**
 * The panel drawer for the CLI: commits with the maximin lottery when quotas are given (the sortition
 * module, HiGHS in a worker), else with the plain uniform lottery; reveals by the committed record's
 * method, so a round committed either way can be opened later by another run of the CLI.
 */
export function cliDrawer(maximin?: {
	readonly solver: SortitionSolver;
	readonly quotas: Quotas;
}): PanelDrawer {
	const uniform = uniformPanelDrawer();
	const committing = maximin ? maximinPanelDrawer(maximin.solver, maximin.quotas) : uniform;
	return {
		commit: (request) => committing.commit(request),
		reveal(committed, seed) {
			switch (committed.record.method) {
				case 'maximin-lottery':
					// The reveal reads only the published record; it needs neither the solver nor the quotas.
					return maximinPanelDrawer(
						undefined as unknown as SortitionSolver,
						undefined as unknown as Quotas
					).reveal(committed, seed);
				case 'uniform-lottery':
					return uniform.reveal(committed, seed);
				default:
					throw new Error(`no drawer can reveal a draw made by ${JSON.stringify(committed.record.method)}`);
			}
		}
	};
}

/** Opens the ledger in the configured data folder (or `dataDir`) and the round desk over it; close the ledger when done. */
export async function openDesk(
	io: CliIO,
	dataDir: string | undefined,
	drawer: PanelDrawer = cliDrawer()
): Promise<{ desk: RoundDesk; ledger: Ledger; elections: ElectionLedger }> {
	const dir = dataDir ?? (await loadConfig({ env: io.env, flags: {} })).dataDir;
	const ledger = openLedger(ledgerPath(dir));
	const elections = electionLedger(ledger);
	const desk = createRoundDesk({
		store: ledger,
		clock: Date.now,
		secret: (n) => randomBytes(n),
		drawer,
		elections
	});
	return { desk, ledger, elections };
}

/**
 * Writes invitations as CSV for printing or mail-merge; the codes exist nowhere else. The link
 * carries no code (it would end up in browser histories and access logs): the panelist types it.
 * Each row also carries the audit log's head (`SIZE:ROOT`) at issue, so every panelist holds an
 * anchor for `resourceos verify audit --head` that the operator's database cannot change.
 */
export async function writeInvitations(
	path: string,
	invitations: readonly Invitation[],
	publicUrl: string,
	head: SignedHead
): Promise<void> {
	const rows = invitations.map(
		(i) => `${i.panelist},${i.stage},${i.code},${publicUrl}vote,${head.size}:${head.root}`
	);
	await writeFile(path, `panelist,stage,code,link,logHead\n${rows.join('\n')}\n`, { mode: 0o600 });
}
