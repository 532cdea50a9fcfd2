import { mulAddUnsafe } from '@noble/curves/abstract/curve.js';
import { sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex, mod, Point, type GroupPoint } from './group.js';

/**
 * A linear relation between points, Σ k·P = 0: what one verification equation of a Chaum–Pedersen
 * proof says once its commitment is published (s·G = t + c·A is [[t, 1], [A, c], [G, −s]]).
 */
export type Relation = readonly (readonly [GroupPoint, bigint])[];

/** 128-bit weights, enough for a 2^-128 chance that a false relation passes. */
function weights(seed: string, count: number): bigint[] {
	const out: bigint[] = [];
	for (let block = 0; out.length < count; block++) {
		const hex = bytesToHex(sha512(new TextEncoder().encode(`resourceos/batch/v1/${seed}/${block}`)));
		for (let i = 0; i < 4 && out.length < count; i++)
			out.push(BigInt(`0x${hex.slice(i * 32, i * 32 + 32)}`) + 1n);
	}
	return out;
}

/**
 * Whether every relation holds, checked at once: a random linear combination of them is zero
 * (small-exponent batch verification, Bellare, Garay and Rabin, EUROCRYPT '98; one false relation
 * passes with probability 2^-128 in a prime-order group). The terms of a point that occurs in several
 * relations are added first (G, the election key, a ciphertext), so the whole check is one Straus
 * multi-scalar multiplication through @noble/curves' `mulAddUnsafe`: one chain of doublings for every
 * point instead of one per product. The weights are hashed from `seed`, which must bind every point
 * and scalar of the relations (a ballot's signature does): the check is deterministic and a prover who
 * changes anything gets new weights.
 */
export function allRelationsHold(relations: readonly Relation[], seed: string): boolean {
	const rho = weights(seed, relations.length);
	const scalars = new Map<GroupPoint, bigint>();
	relations.forEach((relation, i) => {
		for (const [point, k] of relation) scalars.set(point, (scalars.get(point) ?? 0n) + rho[i]! * k);
	});
	const points: GroupPoint[] = [];
	const ks: bigint[] = [];
	for (const [point, k] of scalars) {
		const reduced = mod(k);
		if (reduced === 0n) continue;
		points.push(point);
		ks.push(reduced);
	}
	return mulAddUnsafe(Point, points, ks).equals(Point.ZERO);
}
