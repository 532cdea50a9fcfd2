import { createHash } from 'node:crypto';
import type { Hex } from './types.js';

// RFC 9162 §2.1.1: leaves and interior nodes are hashed with different prefixes (0x00, 0x01),
// so a leaf can never be passed off as a node (second-preimage attack on plain Merkle trees).
const sha = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
const LEAF = Buffer.from([0]);
const NODE = Buffer.from([1]);

/** The leaf hash of one audit entry: its chain hash, as 32 bytes. */
export function leafHash(entryHash: Hex): Buffer {
	return sha(LEAF, Buffer.from(entryHash, 'hex'));
}

const nodeHash = (left: Buffer, right: Buffer) => sha(NODE, left, right);

/** The largest power of two strictly smaller than n (n ≥ 2). */
function split(n: number): number {
	let k = 1;
	while (k * 2 < n) k *= 2;
	return k;
}

/** MTH(D[from:to]) over leaf hashes (RFC 9162 §2.1.1); the empty tree hashes the empty string. */
function subtreeHash(leaves: readonly Buffer[], from: number, to: number): Buffer {
	const n = to - from;
	if (n === 0) return sha();
	if (n === 1) return leaves[from]!;
	const k = split(n);
	return nodeHash(subtreeHash(leaves, from, from + k), subtreeHash(leaves, from + k, to));
}

/** The Merkle tree hash of the first `size` entries (default all). */
export function merkleRoot(entryHashes: readonly Hex[], size = entryHashes.length): Hex {
	if (size > entryHashes.length) throw new RangeError(`merkleRoot: ${size} > ${entryHashes.length} entries`);
	return subtreeHash(entryHashes.slice(0, size).map(leafHash), 0, size).toString('hex');
}

/**
 * The consistency proof between the tree of the first `m` entries and the tree of all of them
 * (RFC 9162 §2.1.4.1, SUBPROOF): the few node hashes a witness holding only the old head needs.
 */
export function consistencyProof(entryHashes: readonly Hex[], m: number): Hex[] {
	const n = entryHashes.length;
	if (m < 0 || m > n) throw new RangeError(`consistencyProof: ${m} is not within 0..${n}`);
	if (m === 0 || m === n) return [];
	const leaves = entryHashes.map(leafHash);
	const proof: Buffer[] = [];
	const sub = (m: number, from: number, to: number, whole: boolean): void => {
		const n = to - from;
		if (m === n) {
			if (!whole) proof.push(subtreeHash(leaves, from, to));
			return;
		}
		const k = split(n);
		if (m <= k) {
			sub(m, from, from + k, whole);
			proof.push(subtreeHash(leaves, from + k, to));
		} else {
			sub(m - k, from + k, to, false);
			proof.push(subtreeHash(leaves, from, from + k));
		}
	};
	sub(m, 0, n, true);
	return proof.map((h) => h.toString('hex'));
}

/**
 * Checks a consistency proof (RFC 9162 §2.1.4.2): true when the tree of size `m` with root `oldRoot`
 * is a prefix of the tree of size `n` with root `newRoot`.
 */
export function verifyConsistency(
	m: number,
	n: number,
	oldRoot: Hex,
	newRoot: Hex,
	proof: readonly Hex[]
): boolean {
	if (m > n || m < 0) return false;
	if (m === 0) return proof.length === 0;
	if (m === n) return proof.length === 0 && oldRoot === newRoot;
	const path = proof.map((h) => Buffer.from(h, 'hex'));
	// An old tree that is a complete subtree is itself the first node of the path.
	if ((m & (m - 1)) === 0) path.unshift(Buffer.from(oldRoot, 'hex'));
	if (path.length === 0) return false;
	let fn = m - 1;
	let sn = n - 1;
	while (fn & 1) {
		fn >>>= 1;
		sn >>>= 1;
	}
	let fr = path[0]!;
	let sr = path[0]!;
	for (const c of path.slice(1)) {
		if (sn === 0) return false;
		if (fn & 1 || fn === sn) {
			fr = nodeHash(c, fr);
			sr = nodeHash(c, sr);
			while (!(fn & 1) && fn !== 0) {
				fn >>>= 1;
				sn >>>= 1;
			}
		} else sr = nodeHash(sr, c);
		fn >>>= 1;
		sn >>>= 1;
	}
	return sn === 0 && fr.toString('hex') === oldRoot && sr.toString('hex') === newRoot;
}
