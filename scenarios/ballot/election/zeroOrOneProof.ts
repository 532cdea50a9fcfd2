import type { Relation } from './allRelationsHold.js';
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
import type { EncryptedOption, RandomBytes } from './types.js';

/**
 * Challenges and responses of both branches (m = 0 and m = 1), and the four commitments they answer
 * (t0a, t0b, t1a, t1b). Publishing the commitments, not only the challenges, lets a verifier check all
 * of a ballot's equations in one batch instead of recomputing each commitment by two multiplications.
 */
export interface ZeroOrOneProof {
	readonly c0: bigint;
	readonly c1: bigint;
	readonly s0: bigint;
	readonly s1: bigint;
	readonly commitments: readonly Encoded[];
}

/** The commitments of branch k, recomputed from its challenge and response (a, b − k·G must be a DH tuple for Y). */
function branch(a: GroupPoint, b: GroupPoint, Y: GroupPoint, k: 0 | 1, c: bigint, s: bigint) {
	const bk = k === 1 ? b.subtract(G) : b;
	return [mulPublic(G, s).subtract(mulPublic(a, c)), mulPublic(Y, s).subtract(mulPublic(bk, c))];
}

const hashAll = (context: string, Y: Encoded, a: Encoded, b: Encoded, t: readonly Encoded[]) =>
	challenge(context, Y.hex, a.hex, b.hex, ...t.map((p) => p.hex));

/**
 * Proves that (a, b) = (r·G, m·G + r·Y) encrypts m ∈ {0, 1} without saying which: the disjunctive
 * Chaum–Pedersen proof of Cramer, Damgård and Schoenmakers (CRYPTO '94), as Helios uses it. The
 * branch that is not true is simulated; the challenges must add up to the Fiat–Shamir hash.
 */
export function proveZeroOrOne(
	context: string,
	Y: GroupPoint,
	a: GroupPoint,
	b: GroupPoint,
	m: 0 | 1,
	r: bigint,
	random: RandomBytes
): ZeroOrOneProof {
	const fake: 0 | 1 = m === 0 ? 1 : 0;
	const cFake = randomScalar(random);
	const sFake = randomScalar(random);
	const w = randomScalar(random);
	const real = [mulSecret(G, w), mulSecret(Y, w)];
	const simulated = branch(a, b, Y, fake, cFake, sFake);
	const commitments = (m === 0 ? [...real, ...simulated] : [...simulated, ...real]).map(encoded);
	const c = hashAll(context, encoded(Y), encoded(a), encoded(b), commitments);
	const cReal = mod(c - cFake);
	const sReal = mod(w + cReal * r);
	return m === 0
		? { c0: cReal, s0: sReal, c1: cFake, s1: sFake, commitments }
		: { c0: cFake, s0: sFake, c1: cReal, s1: sReal, commitments };
}

/** The proof as a ballot carries it. */
export const zeroOrOneProofHex = (p: ZeroOrOneProof): EncryptedOption['proof'] => ({
	c0: scalarHex(p.c0),
	c1: scalarHex(p.c1),
	s0: scalarHex(p.s0),
	s1: scalarHex(p.s1),
	commitments: p.commitments.map((t) => t.hex)
});

/**
 * What a proof made by `proveZeroOrOne` for the same context, key and ciphertext must satisfy: its
 * challenges add up to the hash of its commitments (else undefined), and for each branch k
 * s_k·G = t_ka + c_k·a and s_k·Y = t_kb + c_k·(b − k·G), as relations for `allRelationsHold`.
 */
export function zeroOrOneRelations(
	context: string,
	Y: Encoded,
	a: Encoded,
	b: Encoded,
	p: ZeroOrOneProof
): Relation[] | undefined {
	if (p.commitments.length !== 4) return undefined;
	if (mod(p.c0 + p.c1) !== hashAll(context, Y, a, b, p.commitments)) return undefined;
	return relationsOf(Y.point, a.point, b.point, p);
}

function relationsOf(Y: GroupPoint, a: GroupPoint, b: GroupPoint, p: ZeroOrOneProof): Relation[] {
	const [t0a, t0b, t1a, t1b] = p.commitments.map((t) => t.point) as [
		GroupPoint,
		GroupPoint,
		GroupPoint,
		GroupPoint
	];
	return [
		[
			[t0a, 1n],
			[a, p.c0],
			[G, -p.s0]
		],
		[
			[t0b, 1n],
			[b, p.c0],
			[Y, -p.s0]
		],
		[
			[t1a, 1n],
			[a, p.c1],
			[G, -p.s1]
		],
		[
			[t1b, 1n],
			[b, p.c1],
			[G, -p.c1],
			[Y, -p.s1]
		]
	];
}
