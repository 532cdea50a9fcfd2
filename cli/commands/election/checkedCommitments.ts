import { InputError } from '../../../data/schema/index.js';
import type { TrusteeCommitment } from '../../../scenarios/ballot/election/index.js';
import { readJsonFile } from '../../../data/schema/node/readJsonFile.js';
import { commitmentFileSchema } from './electionFiles.js';
import { checkCommitments } from './manifestFromParts.js';

/** Reads every trustee's published commitment and checks them together (`checkCommitments`), naming the file at fault. */
export async function checkedCommitments(files: readonly string[]): Promise<{
	election: string;
	threshold: number;
	commitments: TrusteeCommitment[];
}> {
	const read = await Promise.all(files.map((f) => readJsonFile(commitmentFileSchema, f)));
	const checked = checkCommitments(read.map((value, i) => ({ name: files[i]!, value })));
	if ('issues' in checked) throw new InputError('--commitments', checked.issues);
	return checked;
}
