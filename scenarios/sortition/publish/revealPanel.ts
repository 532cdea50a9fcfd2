import { lotteryIndex } from './digest.js';
import type { Commitment, Reveal } from '../types.js';

/**
 * The public pick: index = SHA-256(commitment hash, seed) mod m. The seed must be fixed only after the
 * commitment is published (a public lottery draw, dice thrown on camera, a future block hash), so no one
 * could have chosen the panel list to favour a seed. With kept panelists (a replacement), they join the pick.
 */
export function revealPanel(
	commitment: Commitment,
	lottery: readonly (readonly string[])[],
	seed: string
): Reveal {
	const index = lotteryIndex(commitment.hash, seed, lottery.length);
	return {
		commitmentHash: commitment.hash,
		seed,
		index,
		panel: [...commitment.kept, ...lottery[index]!].sort()
	};
}
