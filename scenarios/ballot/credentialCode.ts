import { normalizeCode } from './normalizeCode.js';
import { sha256Hex } from './sha256Hex.js';

export { normalizeCode };

/** Crockford's base32 alphabet (https://www.crockford.com/base32.html): no I, L, O, U, easy to read aloud and type. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A one-time credential from secret random bytes (16 bytes = 128 bits, beyond guessing): the code
 * printed or sent to the panelist in groups of four, and the hash that is all the ledger keeps.
 */
export function newCredential(secret: Uint8Array): { readonly code: string; readonly hash: string } {
	if (secret.length < 16)
		throw new RangeError(`newCredential: needs at least 16 secret bytes, got ${secret.length}`);
	let bits = 0;
	let value = 0;
	let raw = '';
	for (const byte of secret) {
		value = (value << 8) | byte;
		bits += 8;
		while (bits >= 5) {
			raw += ALPHABET[(value >>> (bits - 5)) & 31];
			bits -= 5;
		}
		value &= (1 << bits) - 1;
	}
	if (bits > 0) raw += ALPHABET[(value << (5 - bits)) & 31];
	const code = raw.match(/.{1,4}/g)!.join('-');
	return { code, hash: credentialHash(code) };
}

/** What the ledger stores for a credential: the SHA-256 of its normalized code, never the code. */
export function credentialHash(code: string): string {
	return sha256Hex(`resourceos-credential:${normalizeCode(code)}`);
}
