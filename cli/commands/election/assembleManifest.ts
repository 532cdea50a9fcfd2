import { InputError } from '../../../data/schema/index.js';
import type { ElectionManifest } from '../../../scenarios/ballot/election/index.js';
import { readJsonFile } from '../../../data/schema/node/readJsonFile.js';
import { commitmentFileSchema, credentialListSchema } from './electionFiles.js';
import { manifestFromParts } from './manifestFromParts.js';

/** The manifest an election publishes (`manifestFromParts`), from the trustees' commitment files and the credential authority's list file. */
export async function assembleManifest(
	options: readonly string[],
	commitmentFiles: readonly string[],
	credentialsFile: string
): Promise<{ manifest: ElectionManifest; panelists: readonly string[] }> {
	const commitments = await Promise.all(commitmentFiles.map((f) => readJsonFile(commitmentFileSchema, f)));
	const list = await readJsonFile(credentialListSchema, credentialsFile);
	const parts = manifestFromParts(
		options,
		commitments.map((value, i) => ({ name: commitmentFiles[i]!, value })),
		{ name: credentialsFile, value: list }
	);
	if ('issues' in parts)
		throw new InputError(parts.source === 'commitments' ? '--commitments' : parts.source, parts.issues);
	return parts;
}
