import type { RegionImpact } from '../vote/types.js';
import type { ElectionManifest } from '../../../../scenarios/ballot/election/types.js';

/** One option of the encrypted ballot, titled in the voter's language (the id when the round has no title for it). */
export interface SealedOption {
	readonly id: string;
	readonly title: string;
	readonly summary: string;
	/** What the scenario means for each region (empty for "contest"), as on the plain ballot. */
	readonly impact: readonly RegionImpact[];
}

/** The encrypted ballot page: the manifest the phone encrypts to, the options, whether the box is open. */
export type SealedBallotPage =
	| {
			readonly status: 'open' | 'closed';
			readonly election: string;
			readonly manifest: ElectionManifest;
			readonly options: readonly SealedOption[];
			readonly ballots: number;
	  }
	| { readonly status: 'not-found'; readonly election: string };

/** What the box says to a cast: the receipt, or why not in words. */
export type SealedCastOutcome =
	| { readonly status: 'cast'; readonly receipt: string }
	| { readonly status: 'refused'; readonly reason: string };
