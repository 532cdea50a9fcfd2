import type { Round } from '../../../../scenarios/round/types.js';
import type { AppContext } from '../context.js';
import { chainStatus } from './chainStatus.js';
import type { ChainStatus, RoundRow } from './types.js';

/** A round's list row. */
export function roundRow(round: Round): RoundRow {
	return {
		id: round.id,
		state: round.state,
		createdAt: new Date(round.createdAt).toISOString(),
		...(round.deadline !== undefined ? { deadline: new Date(round.deadline).toISOString() } : {}),
		scenarios: round.scenarios.length,
		...(round.outcome ? { outcome: round.outcome } : {})
	};
}

/** Every round, newest first, and the audit chain's status. */
export function roundList(app: AppContext): {
	readonly rounds: readonly RoundRow[];
	readonly chain: ChainStatus;
} {
	return { rounds: app.rounds.rounds().map(roundRow), chain: chainStatus(app) };
}
