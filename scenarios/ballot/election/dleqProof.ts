import { challenge, G, mod, mulPublic, mulSecret, pointHex, randomScalar, type GroupPoint } from './group.js';
import type { RandomBytes } from './types.js';

/** A Chaum–Pedersen proof (c, s) that log_G(X) = log_H(Y), made non-interactive by Fiat–Shamir. */
export interface DleqProof {
	readonly c: bigint;
	readonly s: bigint;
}

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
): DleqProof {
	const w = randomScalar(random);
	const t1 = mulSecret(G, w);
	const t2 = mulSecret(H, w);
	const c = challenge(context, pointHex(H), pointHex(X), pointHex(Y), pointHex(t1), pointHex(t2));
	return { c, s: mod(w + c * x) };
}

/** Checks a proof made by `proveDleq` for the same context and points. */
export function verifyDleq(
	context: string,
	H: GroupPoint,
	X: GroupPoint,
	Y: GroupPoint,
	p: DleqProof
): boolean {
	const t1 = mulPublic(G, p.s).subtract(mulPublic(X, p.c));
	const t2 = mulPublic(H, p.s).subtract(mulPublic(Y, p.c));
	return challenge(context, pointHex(H), pointHex(X), pointHex(Y), pointHex(t1), pointHex(t2)) === p.c;
}
