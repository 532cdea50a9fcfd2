import { signCredentialList } from './credentialList.js';
import { bytesToHex } from './group.js';
import { combineShares, dealTrustee, jointPublicKey } from './trustees.js';
import type { ElectionManifest, RandomBytes } from './types.js';

/** A manifest and each trustee's key share (the shares are secret: each belongs to one trustee only). */
export interface ElectionSetUp {
	readonly manifest: ElectionManifest;
	readonly keyShares: ReadonlyMap<number, bigint>;
}

/**
 * Runs the trustees' key ceremony in one place: for the unattended demo council and for tests. In a
 * real election each trustee calls `dealTrustee` on their own device and sends each share privately;
 * the steps and the checks are the same (every received share is checked against its commitments).
 */
export function setUpElection(
	o: {
		readonly id: string;
		readonly options: readonly string[];
		readonly trustees: number;
		readonly threshold: number;
		readonly credentials: readonly string[];
		readonly maxVotes: number;
		/** The credential authority's secret key (hex); drawn from `random` when absent. */
		readonly authority?: string;
	},
	random: RandomBytes
): ElectionSetUp {
	if (o.threshold < 1 || o.threshold > o.trustees)
		throw new RangeError(`threshold ${o.threshold} must be between 1 and the ${o.trustees} trustees`);
	const dealers = Array.from({ length: o.trustees }, (_, i) => dealTrustee(o.id, i + 1, o.threshold, random));
	const commitments = dealers.map((d) => d.commitment);
	const keyShares = new Map(
		commitments.map((c) => [
			c.index,
			combineShares(
				commitments,
				c.index,
				dealers.map((d) => d.shareFor(c.index))
			)
		])
	);
	const manifest: ElectionManifest = {
		id: o.id,
		options: o.options,
		threshold: o.threshold,
		trustees: commitments,
		publicKey: jointPublicKey(commitments),
		credentials: [...o.credentials].sort(),
		authority: signCredentialList(o.id, o.credentials, o.authority ?? bytesToHex(random(32))),
		maxVotes: o.maxVotes
	};
	return { manifest, keyShares };
}
