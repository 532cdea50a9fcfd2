import type * as v from 'valibot';
import type { InputIssue } from '../../../data/schema/index.js';
import {
	checkTrusteeCommitment,
	credentialListSigned,
	jointPublicKey,
	type ElectionManifest,
	type TrusteeCommitment
} from '../../../scenarios/ballot/election/index.js';
import type { commitmentFileSchema, credentialListSchema } from './electionFiles.js';

export type CommitmentFile = v.InferOutput<typeof commitmentFileSchema>;
export type CredentialList = v.InferOutput<typeof credentialListSchema>;
/** A part as read, with the name to give it in a problem (a file name, a form field). */
export interface Named<T> {
	readonly name: string;
	readonly value: T;
}

/**
 * Checks every trustee's published commitment together: one election, one threshold, trustees 1…n
 * each once, every proof of knowledge valid. Any fault is named with its part's name.
 */
export function checkCommitments(
	read: readonly Named<CommitmentFile>[]
):
	| { readonly election: string; readonly threshold: number; readonly commitments: TrusteeCommitment[] }
	| { readonly issues: InputIssue[] } {
	const first = read[0]?.value;
	if (!first)
		return {
			issues: [{ path: 'commitments', expected: 'should name the trustees’ commitments', received: '' }]
		};
	const issues = read.flatMap(({ name, value: c }, i) => {
		const problem =
			c.election !== first.election || c.threshold !== first.threshold || c.trustees !== read.length
				? `should be for ${first.election}, ${first.threshold} of ${read.length} trustees`
				: read.findIndex((o) => o.value.commitment.index === c.commitment.index) !== i ||
					  c.commitment.index > read.length
					? `should be the only commitment of trustee ${c.commitment.index}, one of 1…${read.length}`
					: checkTrusteeCommitment(c.election, c.commitment, c.threshold);
		return problem ? [{ path: name, expected: problem, received: `trustee ${c.commitment.index}` }] : [];
	});
	if (issues.length > 0) return { issues };
	return {
		election: first.election,
		threshold: first.threshold,
		commitments: read.map((c) => c.value.commitment).sort((a, b) => a.index - b.index)
	};
}

/**
 * The manifest an election publishes, from the trustees' commitments (each checked) and the
 * credential authority's public list (for the same election, with the authority's signature); also
 * the list's panelists, so a round can check that they are its panel. Pure: the CLI reads files, the
 * console reads uploads, and both name the part at fault.
 */
export function manifestFromParts(
	options: readonly string[],
	commitments: readonly Named<CommitmentFile>[],
	list: Named<CredentialList>
):
	| { readonly manifest: ElectionManifest; readonly panelists: readonly string[] }
	| { readonly source: string; readonly issues: InputIssue[] } {
	const checked = checkCommitments(commitments);
	if ('issues' in checked) return { source: 'commitments', issues: checked.issues };
	const { election, threshold } = checked;
	const credentials = list.value;
	if (credentials.election !== election)
		return {
			source: list.name,
			issues: [
				{
					path: 'election',
					expected: `should be ${election}, as the trustees' commitments`,
					received: credentials.election
				}
			]
		};
	const authority = { publicKey: credentials.authority, signature: credentials.signature };
	if (!credentialListSigned(election, credentials.credentials, authority))
		return {
			source: list.name,
			issues: [
				{
					path: 'signature',
					expected: `should be the signature of the credential authority ${credentials.authority} over the election and the credentials`,
					received: credentials.signature
				}
			]
		};
	const manifest: ElectionManifest = {
		id: election,
		options,
		threshold,
		trustees: checked.commitments,
		publicKey: jointPublicKey(checked.commitments),
		credentials: [...credentials.credentials].sort(),
		authority,
		maxVotes: credentials.credentials.length
	};
	return { manifest, panelists: credentials.panelists };
}
