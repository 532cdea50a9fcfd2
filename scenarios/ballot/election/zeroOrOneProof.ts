import { challenge, G, mod, mulPublic, mulSecret, pointHex, randomScalar, type GroupPoint } from './group.js';
import type { RandomBytes } from './types.js';

/** Challenges and responses of both branches: m = 0 and m = 1. */
export interface ZeroOrOneProof {
	readonly c0: bigint;
	readonly c1: bigint;
	readonly s0: bigint;
	readonly s1: bigint;
}

/** The commitments of branch k, recomputed from its challenge and response (a, b − k·G must be a DH tuple for Y). */
function branch(a: GroupPoint, b: GroupPoint, Y: GroupPoint, k: 0 | 1, c: bigint, s: bigint) {
	const bk = k === 1 ? b.subtract(G) : b;
	return [mulPublic(G, s).subtract(mulPublic(a, c)), mulPublic(Y, s).subtract(mulPublic(bk, c))];
}

const hashAll = (context: string, Y: GroupPoint, a: GroupPoint, b: GroupPoint, t: readonly GroupPoint[]) =>
	challenge(context, pointHex(Y), pointHex(a), pointHex(b), ...t.map(pointHex));

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
	const t = m === 0 ? [...real, ...simulated] : [...simulated, ...real];
	const c = hashAll(context, Y, a, b, t);
	const cReal = mod(c - cFake);
	const sReal = mod(w + cReal * r);
	return m === 0
		? { c0: cReal, s0: sReal, c1: cFake, s1: sFake }
		: { c0: cFake, s0: sFake, c1: cReal, s1: sReal };
}

/** Checks a proof made by `proveZeroOrOne` for the same context, key and ciphertext. */
export function verifyZeroOrOne(
	context: string,
	Y: GroupPoint,
	a: GroupPoint,
	b: GroupPoint,
	p: ZeroOrOneProof
): boolean {
	const t = [...branch(a, b, Y, 0, p.c0, p.s0), ...branch(a, b, Y, 1, p.c1, p.s1)];
	return mod(p.c0 + p.c1) === hashAll(context, Y, a, b, t);
}
