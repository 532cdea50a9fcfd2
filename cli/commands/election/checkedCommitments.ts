import { InputError } from '../../../data/schema/index.js';
import { checkTrusteeCommitment, type TrusteeCommitment } from '../../../scenarios/ballot/election/index.js';
import { readJson } from '../round/roundIO.js';
import { commitmentFileSchema } from './electionFiles.js';

/**
 * Reads every trustee's published commitment and checks them together: one election, one threshold,
 * trustees 1…n each once, every proof of knowledge valid. Any fault is named with its file.
 */
export async function checkedCommitments(files: readonly string[]): Promise<{
	election: string;
	threshold: number;
	commitments: TrusteeCommitment[];
}> {
	const read = await Promise.all(files.map((f) => readJson(commitmentFileSchema, f)));
	const first = read[0]!;
	const issues = read.flatMap((c, i) => {
		const problem =
			c.election !== first.election || c.threshold !== first.threshold || c.trustees !== read.length
				? `should be for ${first.election}, ${first.threshold} of ${read.length} trustees`
				: read.findIndex((o) => o.commitment.index === c.commitment.index) !== i ||
					  c.commitment.index > read.length
					? `should be the only commitment of trustee ${c.commitment.index}, one of 1…${read.length}`
					: checkTrusteeCommitment(c.election, c.commitment, c.threshold);
		return problem ? [{ path: files[i]!, expected: problem, received: `trustee ${c.commitment.index}` }] : [];
	});
	if (issues.length > 0) throw new InputError('--commitments', issues);
	return {
		election: first.election,
		threshold: first.threshold,
		commitments: read.map((c) => c.commitment).sort((a, b) => a.index - b.index)
	};
}
