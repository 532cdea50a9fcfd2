import type { Ballot } from '../../../../scenarios/ballot/types.js';
import type { Round } from '../../../../scenarios/round/types.js';

/**
 * The ballot list as the public may see it: ballots of counted stages, with their choices; of a stage
 * still open, only how many there are. A list that grew live (even receipts alone) would let an observer
 * who snapshots it before and after a known person votes tie that person to a receipt, whose choice is
 * published at the count; a running count invites bandwagon voting. The ballot promises that only the
 * result is visible. A voter still finds their own receipt while the vote is open (see `findReceipt`).
 */
export function publishedBallots(
	round: Round,
	ballots: readonly Ballot[]
): { readonly ballots: readonly Ballot[]; readonly sealed: number } {
	const counted = new Set(round.tallies.map((t) => t.stage));
	const open = ballots.filter((b) => !counted.has(b.stage));
	return { ballots: ballots.filter((b) => counted.has(b.stage)), sealed: open.length };
}
