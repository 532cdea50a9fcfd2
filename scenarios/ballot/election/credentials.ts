import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes } from './group.js';
import type { RandomBytes } from './types.js';

/** A panelist's credential: the secret goes to the panelist only; the public key is published. */
export interface Credential {
	readonly secret: string;
	readonly publicKey: string;
}

/**
 * Made by the credential authority, not by the server that receives ballots (Belenios' split): the
 * server only ever sees public keys, so it can neither vote for an abstainer nor forge a ballot.
 */
export function issueCredentials(count: number, random: RandomBytes): Credential[] {
	return Array.from({ length: count }, () => {
		const secret = random(32);
		return { secret: bytesToHex(secret), publicKey: bytesToHex(ed25519.getPublicKey(secret)) };
	});
}

export const publicKeyOf = (secret: string): string => bytesToHex(ed25519.getPublicKey(hexToBytes(secret)));

export const signWith = (secret: string, message: Uint8Array): string =>
	bytesToHex(ed25519.sign(message, hexToBytes(secret)));

/** Whether `signature` is the credential's over `message` (a malformed key or signature is simply false). */
export function verifySignature(publicKey: string, message: Uint8Array, signature: string): boolean {
	try {
		return ed25519.verify(hexToBytes(signature), message, hexToBytes(publicKey));
	} catch {
		return false;
	}
}
