import { sha256 } from '@noble/hashes/sha2.js';
import { normalizeCode } from '../normalizeCode.js';
import { bytesToHex } from './group.js';
import { publicKeyOf, type Credential } from './credentials.js';

/**
 * A panelist's signing credential, derived from the code printed on their invitation: the Ed25519
 * seed is SHA-256 of a domain tag, the election's id (round and stage, known before the manifest
 * exists) and the normalized code. The code holds 128 random bits, so a fast hash is enough; the
 * phone derives the same key from the typed code, and only the credential authority ever saw it.
 */
export function credentialFromCode(electionId: string, code: string): Credential {
	const seed = sha256(
		new TextEncoder().encode(`resourceos/credential/v1/${electionId}/${normalizeCode(code)}`)
	);
	const secret = bytesToHex(seed);
	return { secret, publicKey: publicKeyOf(secret) };
}
