import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { canonicalJson } from '../canonicalJson.js';
import type { ElectionManifest, SignedBallot } from './types.js';

/** SHA-256 of a value's canonical JSON; from @noble/hashes so that the phone computes the same bytes. */
export const hashJson = (value: unknown): string =>
	bytesToHex(sha256(new TextEncoder().encode(canonicalJson(value))));

/** The election's identity in every proof and signature: the hash of its whole public manifest. */
export const electionHash = (manifest: ElectionManifest): string => hashJson(manifest);

/** A voter's receipt: the hash of the signed ballot, which reveals nothing of the choice. */
export const ballotReceipt = (ballot: SignedBallot): string => hashJson(ballot);

/** The bytes a credential signs: the ballot without its signature. */
export function signedBytes(ballot: Omit<SignedBallot, 'signature'>): Uint8Array {
	const { election, credential, options, sumProof } = ballot;
	return new TextEncoder().encode(canonicalJson({ election, credential, options, sumProof }));
}

/** The Fiat–Shamir context of option `index` of a ballot, bound to the election and the credential. */
export const optionContext = (election: string, credential: string, index: number): string =>
	`resourceos/ballot/v1/option/${election}/${credential}/${index}`;

/** The context of the proof that a ballot's options add up to one choice. */
export const sumContext = (election: string, credential: string): string =>
	`resourceos/ballot/v1/sum/${election}/${credential}`;
