import { InputError } from '../../../data/schema/index.js';
import {
	credentialListSigned,
	jointPublicKey,
	type ElectionManifest
} from '../../../scenarios/ballot/election/index.js';
import { readJson } from '../round/roundIO.js';
import { checkedCommitments } from './checkedCommitments.js';
import { credentialListSchema } from './electionFiles.js';

/**
 * The manifest an election publishes, from the trustees' commitment files (each checked) and the
 * credential authority's public list (which must be for the same election and carry the authority's
 * signature); also returns the list's
 * panelists, so a round can check that they are its panel.
 */
export async function assembleManifest(
	options: readonly string[],
	commitmentFiles: readonly string[],
	credentialsFile: string
): Promise<{ manifest: ElectionManifest; panelists: readonly string[] }> {
	const { election, threshold, commitments } = await checkedCommitments(commitmentFiles);
	const list = await readJson(credentialListSchema, credentialsFile);
	if (list.election !== election)
		throw new InputError(credentialsFile, [
			{
				path: 'election',
				expected: `should be ${election}, as the trustees' commitments`,
				received: list.election
			}
		]);
	const authority = { publicKey: list.authority, signature: list.signature };
	if (!credentialListSigned(election, list.credentials, authority))
		throw new InputError(credentialsFile, [
			{
				path: 'signature',
				expected: `should be the signature of the credential authority ${list.authority} over the election and the credentials`,
				received: list.signature
			}
		]);
	const manifest: ElectionManifest = {
		id: election,
		options,
		threshold,
		trustees: commitments,
		publicKey: jointPublicKey(commitments),
		credentials: [...list.credentials].sort(),
		authority,
		maxVotes: list.credentials.length
	};
	return { manifest, panelists: list.panelists };
}
