import type { Round } from './types.js';

/** Ids of the scenarios still standing (neither withdrawn by experts nor struck by the ethics council), in round order. */
export function standingIds(round: Round): string[] {
	return round.scenarios.filter((s) => s.standing.kind === 'standing').map((s) => s.scenario.id);
}
