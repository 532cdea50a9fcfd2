import { writeLp } from './lp/writeLp.js';
import { writeMps } from './lp/writeMps.js';
import type { RoundResult } from './types.js';

/**
 * The files of a round, by name: `scenarios.json` (the ProposedScenario list with merges, notes,
 * infeasibility explanations), and each policy's model as `<policy>.mps` and `<policy>.lp`, so that
 * anyone can re-solve it with another solver. Timings are left out so the same input gives the
 * same bytes.
 */
export function exportRound(round: RoundResult): Map<string, string> {
	const files = new Map<string, string>();
	const { scenarios, merges, infeasible, failed, rework, notes } = round;
	files.set(
		'scenarios.json',
		`${JSON.stringify({ scenarios, merges, infeasible, failed, rework, notes }, null, 1)}\n`
	);
	for (const { policy, model } of round.models) {
		files.set(`${policy}.mps`, writeMps(model));
		files.set(`${policy}.lp`, writeLp(model));
	}
	return files;
}
