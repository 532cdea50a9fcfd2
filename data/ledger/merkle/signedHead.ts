import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { merkleRoot } from './merkleTree.js';
import type { Hex, SignedHead } from './types.js';

/** The bytes an Ed25519 head signature covers: a fixed label, then size, root, chain head and time, one per line. */
export function signedHeadMessage(head: Pick<SignedHead, 'size' | 'root' | 'chainHead' | 'at'>): Buffer {
	return Buffer.from(
		`resourceos-tree-head-v1\n${head.size}\n${head.root}\n${head.chainHead}\n${head.at}`,
		'utf8'
	);
}

/** The ledger's public key as published: SPKI DER, base64. */
export function publicKeyText(key: KeyObject): string {
	return createPublicKey(key).export({ type: 'spki', format: 'der' }).toString('base64');
}

/** Signs the head of the first `size` entries (default all) with the ledger's Ed25519 private key. */
export function signHead(
	entryHashes: readonly Hex[],
	privateKey: KeyObject,
	at: Date,
	size = entryHashes.length
): SignedHead {
	const body = {
		size,
		root: merkleRoot(entryHashes, size),
		chainHead: size === 0 ? '0'.repeat(64) : entryHashes[size - 1]!,
		at: at.toISOString()
	};
	return {
		...body,
		publicKey: publicKeyText(privateKey),
		signature: sign(null, signedHeadMessage(body), privateKey).toString('base64')
	};
}

/** Whether the head's signature is valid under the public key it names. */
export function headSignatureValid(head: SignedHead): boolean {
	try {
		const key = createPublicKey({ key: Buffer.from(head.publicKey, 'base64'), format: 'der', type: 'spki' });
		return verify(null, signedHeadMessage(head), key, Buffer.from(head.signature, 'base64'));
	} catch {
		return false;
	}
}
