import { canonicalJson } from '../canonicalJson.js';
import { publicKeyOf, signWith, verifySignature } from './credentials.js';
import type { CredentialAuthority, ElectionManifest } from './types.js';

/** The bytes the credential authority signs: a domain tag, the election's id and the sorted public keys. */
const listBytes = (election: string, credentials: readonly string[]): Uint8Array =>
	new TextEncoder().encode(
		canonicalJson({ domain: 'resourceos/credential-list/v1', election, credentials: [...credentials].sort() })
	);

/**
 * The credential authority signs the list of credentials it issued (Belenios' split: the server holds
 * the list but cannot add a key of its own to vote for abstainers without the authority's signature
 * failing). `authoritySecret` is its Ed25519 key; the public part is what it publishes on its own.
 */
export function signCredentialList(
	election: string,
	credentials: readonly string[],
	authoritySecret: string
): CredentialAuthority {
	return {
		publicKey: publicKeyOf(authoritySecret),
		signature: signWith(authoritySecret, listBytes(election, credentials))
	};
}

/** Whether the manifest's credentials are exactly the list its credential authority signed. */
export const credentialListSigned = (
	election: string,
	credentials: readonly string[],
	authority: CredentialAuthority
): boolean => verifySignature(authority.publicKey, listBytes(election, credentials), authority.signature);

/** The same check on a manifest. */
export const manifestListSigned = (m: ElectionManifest): boolean =>
	credentialListSigned(m.id, m.credentials, m.authority);
