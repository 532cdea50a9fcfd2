import { exportElection } from '../../../../data/ledger/election/index.js';
import type { ElectionRecord } from '../../../../scenarios/ballot/election/types.js';
import type { AppContext } from '../context.js';

/** An election's public record, from the audit log alone; undefined when the log never published it. */
export function electionRecord(app: AppContext, election: string): ElectionRecord | undefined {
	const state = app.elections.read(election);
	return state ? exportElection(state) : undefined;
}
