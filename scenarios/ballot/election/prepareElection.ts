import { electionHash } from './electionHash.js';
import { G, pointFrom, type GroupPoint } from './group.js';
import type { ElectionManifest } from './types.js';

/** A manifest ready for checking many ballots: its hash, its credentials as a set, its key with precomputed multiples. */
export interface PreparedElection {
	readonly manifest: ElectionManifest;
	readonly election: string;
	readonly credentials: ReadonlySet<string>;
	readonly publicKey: GroupPoint;
}

/**
 * Prepares once what every ballot check needs. The election key and the base point are multiplied in
 * every proof, so their window tables (noble's `precompute`, cached per point) make those products
 * several times faster; noble builds the base point's table only for constant-time products.
 */
export function prepareElection(manifest: ElectionManifest): PreparedElection {
	const publicKey = pointFrom(manifest.publicKey);
	publicKey.precompute(8);
	G.precompute(8);
	return {
		manifest,
		election: electionHash(manifest),
		credentials: new Set(manifest.credentials),
		publicKey
	};
}
