import {
	challenge,
	G,
	mod,
	mulPublic,
	mulSecret,
	ORDER,
	Point,
	pointFrom,
	pointHex,
	randomScalar,
	scalarFrom,
	scalarHex,
	type GroupPoint
} from './group.js';
import type { RandomBytes, TrusteeCommitment } from './types.js';

/**
 * Distributed key generation for t-of-n trustees: Pedersen's protocol (EUROCRYPT '91) with Feldman
 * commitments. Each trustee deals shares of a random polynomial of degree t − 1; the joint secret is
 * the sum of the constant terms and no single trustee ever holds it. (Gennaro et al. showed a
 * rushing trustee can bias the joint key's distribution; that does not help break ElGamal.)
 */
export interface TrusteeDealer {
	readonly commitment: TrusteeCommitment;
	/** The secret share for trustee j (1-based): sent to that trustee alone, over a private channel. */
	shareFor(j: number): string;
}

const pokContext = (election: string, index: number) => `resourceos/trustee/v1/pok/${election}/${index}`;

/** Trustee `index` draws its polynomial and publishes commitments with a proof of knowledge of a_0. */
export function dealTrustee(
	electionId: string,
	index: number,
	threshold: number,
	random: RandomBytes
): TrusteeDealer {
	const coefficients = Array.from({ length: threshold }, () => randomScalar(random));
	const commitments = coefficients.map((a) => mulSecret(G, a));
	const w = randomScalar(random);
	const t = mulSecret(G, w);
	const c = challenge(pokContext(electionId, index), pointHex(commitments[0]!), pointHex(t));
	return {
		commitment: {
			index,
			coefficients: commitments.map(pointHex),
			proof: { commitment: pointHex(t), response: scalarHex(mod(w + c * coefficients[0]!)) }
		},
		shareFor: (j) => scalarHex(coefficients.reduceRight((acc, a) => mod(acc * BigInt(j) + a), 0n))
	};
}

/** Σ_k j^k · C_k: what trustee j's share from this dealer must be times G (Feldman's check). */
function expectedShare(commitment: TrusteeCommitment, j: number): GroupPoint {
	let power = 1n;
	let sum = Point.ZERO;
	for (const hex of commitment.coefficients) {
		sum = sum.add(mulPublic(pointFrom(hex), power));
		power = (power * BigInt(j)) % ORDER;
	}
	return sum;
}

/** Whether a dealer's commitment is well formed and its proof of knowledge holds. */
export function checkTrusteeCommitment(
	electionId: string,
	c: TrusteeCommitment,
	threshold: number
): string | undefined {
	try {
		if (c.coefficients.length !== threshold)
			return `expected ${threshold} coefficient commitments, got ${c.coefficients.length}`;
		const A0 = pointFrom(c.coefficients[0]!);
		const t = pointFrom(c.proof.commitment);
		const e = challenge(pokContext(electionId, c.index), pointHex(A0), pointHex(t));
		const ok = mulPublic(G, scalarFrom(c.proof.response)).equals(t.add(mulPublic(A0, e)));
		return ok ? undefined : 'proof of knowledge of the constant term fails';
	} catch (error) {
		return (error as Error).message;
	}
}

/** A received share checked against its dealer's commitments: a trustee refuses a bad one and says so. */
export const checkShare = (dealer: TrusteeCommitment, j: number, share: string): boolean =>
	mulSecret(G, scalarFrom(share)).equals(expectedShare(dealer, j));

/** Trustee j's key share: the sum of the shares every dealer sent it (checked first). */
export function combineShares(
	dealers: readonly TrusteeCommitment[],
	j: number,
	shares: readonly string[]
): bigint {
	dealers.forEach((d, i) => {
		if (!checkShare(d, j, shares[i]!))
			throw new Error(`trustee ${d.index}'s share for trustee ${j} fails its commitments`);
	});
	return shares.reduce((s, x) => mod(s + scalarFrom(x)), 0n);
}

/** The joint public key: Σ a_0·G over the dealers. */
export const jointPublicKey = (dealers: readonly TrusteeCommitment[]): string =>
	pointHex(dealers.reduce((s, d) => s.add(pointFrom(d.coefficients[0]!)), Point.ZERO));

/** Trustee j's public verification key x_j·G, computed from the commitments alone. */
export const verificationKey = (dealers: readonly TrusteeCommitment[], j: number): GroupPoint =>
	dealers.reduce((s, d) => s.add(expectedShare(d, j)), Point.ZERO);

/** The Lagrange coefficient at 0 of trustee j among `indices`, mod ℓ. */
export function lagrangeAtZero(j: number, indices: readonly number[]): bigint {
	let num = 1n;
	let den = 1n;
	for (const k of indices) {
		if (k === j) continue;
		num = mod(num * BigInt(k));
		den = mod(den * BigInt(k - j));
	}
	return mod(num * Point.Fn.inv(den));
}
