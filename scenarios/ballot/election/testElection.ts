import { issueCredentials, type Credential } from './credentials.js';
import { electionHash } from './electionHash.js';
import { encryptBallot } from './encryptBallot.js';
import { setUpElection } from './setUpElection.js';
import { combineDecryptions, encryptedTotals, partialDecrypt } from './tallyElection.js';
import type { ElectionManifest, ElectionRecord, RandomBytes, SignedBallot } from './types.js';

/** A test election: its voters (every one on the list), manifest and trustees' key shares. */
export interface TestElection {
	readonly voters: readonly Credential[];
	readonly manifest: ElectionManifest;
	readonly keyShares: ReadonlyMap<number, bigint>;
	/** The election hash that every ballot and proof is bound to. */
	readonly election: string;
	/** Voter `voter`'s signed, encrypted ballot for option index `choice`. */
	ballot(voter: number, choice: number): SignedBallot;
	/** The public record of `ballots` as trustees `by` (numbered from 1) decrypt their totals. */
	publish(ballots: readonly SignedBallot[], by: readonly number[]): ElectionRecord;
}

/**
 * For tests: election `id` over `options` with `voters` credentials and `trustees` trustees of
 * whom `threshold` decrypt, all drawn from `random` (a seeded generator gives the same election).
 */
export function testElection(
	o: {
		readonly id: string;
		readonly options: readonly string[];
		readonly voters: number;
		readonly trustees: number;
		readonly threshold: number;
	},
	random: RandomBytes
): TestElection {
	const voters = issueCredentials(o.voters, random);
	const credentials = voters.map((v) => v.publicKey);
	const { manifest, keyShares } = setUpElection(
		{
			id: o.id,
			options: o.options,
			trustees: o.trustees,
			threshold: o.threshold,
			credentials,
			maxVotes: o.voters
		},
		random
	);
	const election = electionHash(manifest);
	return {
		voters,
		manifest,
		keyShares,
		election,
		ballot: (voter, choice) => encryptBallot(manifest, election, choice, voters[voter]!.secret, random),
		publish(ballots, by) {
			const { totals } = encryptedTotals(manifest, ballots);
			const decryptions = by.map((t) => partialDecrypt(manifest, totals, t, keyShares.get(t)!, random));
			const result = combineDecryptions(manifest, totals, decryptions);
			if (!Array.isArray(result)) throw new Error(`trustees ${by.join(', ')} are too few to decrypt`);
			return { manifest, ballots, decryptions, result };
		}
	};
}
