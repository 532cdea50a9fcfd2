import type { Relation } from './allRelationsHold.js';
import type { RandomBytes } from './types.js';
import {
	challenge,
	encoded,
	G,
	mod,
	mulPublic,
	mulSecret,
	randomScalar,
	scalarHex,
	type Encoded,
	type GroupPoint
} from './group.js';

/** A Chaum–Pedersen proof (c, s) that log_G(X) = log_H(Y), made non-interactive by Fiat–Shamir. */
export interface DleqProof {
	readonly c: bigint;
	readonly s: bigint;
}

/** The proof with its commitments t1 = w·G and t2 = w·H, so that a verifier can batch its equations. */
export interface CommittedDleqProof extends DleqProof {
	readonly commitments: readonly Encoded[];
}

const hashAll = (context: string, H: Encoded, X: Encoded, Y: Encoded, t1: Encoded, t2: Encoded) =>
	challenge(context, H.hex, X.hex, Y.hex, t1.hex, t2.hex);

/**
 * Proves knowledge of x with X = x·G and Y = x·H (Chaum and Pedersen, CRYPTO '92). `context` is the
 * domain-separated statement (election, purpose), hashed with every point.
 */
export function proveDleq(
	context: string,
	x: bigint,
	H: GroupPoint,
	X: GroupPoint,
	Y: GroupPoint,
	random: RandomBytes
): CommittedDleqProof {
	const w = randomScalar(random);
	const t1 = encoded(mulSecret(G, w));
	const t2 = encoded(mulSecret(H, w));
	const c = hashAll(context, encoded(H), encoded(X), encoded(Y), t1, t2);
	return { c, s: mod(w + c * x), commitments: [t1, t2] };
}

/** The proof as a ballot carries it (with its commitments). */
export const dleqProofHex = (p: CommittedDleqProof) => ({
	c: scalarHex(p.c),
	s: scalarHex(p.s),
	commitments: p.commitments.map((t) => t.hex)
});

/** Checks a compact proof (c, s) by recomputing its commitments: for the trustees' few decryption proofs. */
export function verifyDleq(
	context: string,
	H: GroupPoint,
	X: GroupPoint,
	Y: GroupPoint,
	p: DleqProof
): boolean {
	const t1 = mulPublic(G, p.s).subtract(mulPublic(X, p.c));
	const t2 = mulPublic(H, p.s).subtract(mulPublic(Y, p.c));
	return hashAll(context, encoded(H), encoded(X), encoded(Y), encoded(t1), encoded(t2)) === p.c;
}

/**
 * What a proof with commitments must satisfy: c is the hash of the statement and the commitments
 * (else undefined), s·G = t1 + c·X and s·H = t2 + c·Y, as relations for `allRelationsHold`.
 */
export function dleqRelations(
	context: string,
	H: Encoded,
	X: Encoded,
	Y: Encoded,
	p: CommittedDleqProof
): Relation[] | undefined {
	const [t1, t2] = p.commitments;
	if (!t1 || !t2 || p.commitments.length !== 2 || hashAll(context, H, X, Y, t1, t2) !== p.c) return undefined;
	return [
		[
			[t1.point, 1n],
			[X.point, p.c],
			[G, -p.s]
		],
		[
			[t2.point, 1n],
			[Y.point, p.c],
			[H.point, -p.s]
		]
	];
}
