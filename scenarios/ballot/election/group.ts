import { ristretto255 } from '@noble/curves/ed25519.js';
import { sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import type { RandomBytes } from './types.js';

/**
 * The prime-order group ristretto255 (RFC 9496) from @noble/curves, and the few scalar helpers the
 * protocol needs. Nothing below the group operations is written here.
 */
export const Point = ristretto255.Point;
export type GroupPoint = InstanceType<typeof Point>;
export const G = Point.BASE;
/** The group order ℓ. */
export const ORDER = Point.Fn.ORDER;

export const mod = (x: bigint): bigint => ((x % ORDER) + ORDER) % ORDER;

const bytesToBigInt = (bytes: Uint8Array): bigint => BigInt(`0x${bytesToHex(bytes) || '0'}`);

/** A uniform non-zero scalar: 64 random bytes reduced mod ℓ (bias below 2^-250). */
export function randomScalar(random: RandomBytes): bigint {
	for (;;) {
		const k = mod(bytesToBigInt(random(64)));
		if (k !== 0n) return k;
	}
}

/** k·P for a secret k (constant time); 0·P is the identity. */
export const mulSecret = (p: GroupPoint, k: bigint): GroupPoint =>
	mod(k) === 0n ? Point.ZERO : p.multiply(mod(k));
/** k·P for a public k (variable time: faster, fine when k is no secret). */
export const mulPublic = (p: GroupPoint, k: bigint): GroupPoint => p.multiplyUnsafe(mod(k));

export const pointHex = (p: GroupPoint): string => p.toHex();
/**
 * A point with the encoding it was read from. Encoding costs a field inversion, so a verifier hashes
 * the bytes it received (canonical: `pointFrom` refuses any other) instead of encoding the point again.
 */
export interface Encoded {
	readonly point: GroupPoint;
	readonly hex: string;
}
export const encoded = (point: GroupPoint): Encoded => ({ point, hex: pointHex(point) });
export const decoded = (hex: string): Encoded => ({ point: pointFrom(hex), hex });
/** Decodes a canonical ristretto255 encoding; throws on anything else (the caller reports it as malformed). */
export const pointFrom = (hex: string): GroupPoint => Point.fromHex(hex);
export const scalarHex = (k: bigint): string => mod(k).toString(16).padStart(64, '0');
export function scalarFrom(hex: string): bigint {
	if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`not a 32-byte hex scalar: ${JSON.stringify(hex)}`);
	const k = BigInt(`0x${hex}`);
	if (k >= ORDER) throw new Error('scalar not reduced modulo the group order');
	return k;
}

/**
 * Fiat–Shamir challenge: SHA-512 of a domain tag and the length-prefixed parts, reduced mod ℓ.
 * The tag names the proof and the election, so a proof made for one context verifies in no other.
 */
export function challenge(domain: string, ...parts: readonly string[]): bigint {
	const text = [domain, ...parts].map((p) => `${p.length}:${p}`).join('|');
	return mod(bytesToBigInt(sha512(new TextEncoder().encode(text))));
}

export { bytesToHex, hexToBytes };
