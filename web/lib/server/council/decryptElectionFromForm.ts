import * as v from 'valibot';
import { partialDecryptionSchema } from '../../../../cli/commands/election/electionFiles.js';
import type { ElectionLedger } from '../../../../data/ledger/election/index.js';
import type { RoundDesk } from '../../../../scenarios/round/index.js';
import { JsonFile } from './councilForms.js';

const Form = v.strictObjectAsync({
	kind: v.literal('decrypt-election'),
	partial: JsonFile(partialDecryptionSchema)
});

/** What a trustee's upload did: refused (by field, or by the election's state), or chained, with the result once complete. */
export type DecryptOutcome =
	| { readonly ok: false; readonly field: string; readonly message: string }
	| { readonly ok: false; readonly refused: string }
	| {
			readonly ok: true;
			readonly election: string;
			readonly trustees: number;
			readonly threshold: number;
			readonly result?: readonly { readonly option: string; readonly votes: number }[];
	  };

/**
 * `decrypt-election` from the console: a trustee uploads the partial decryption `resourceos election
 * decrypt` made on their own machine (the key share never reaches the server). The file is read with
 * the CLI's schema, then handed to the same ledger step as `resourceos election tally`
 * (`electionLedger.decrypt`): its proofs are checked against the totals of the chained box before it
 * is chained, and once the threshold is reached the result is decrypted and chained.
 */
export async function decryptElectionFromForm(
	desk: RoundDesk,
	elections: ElectionLedger,
	roundId: string,
	form: FormData,
	at: number
): Promise<DecryptOutcome> {
	const parsed = await v.safeParseAsync(Form, {
		kind: form.get('kind'),
		partial: form.get('partial') ?? undefined
	});
	if (!parsed.success) {
		const issue = parsed.issues[0];
		return { ok: false, field: 'partial', message: `${v.getDotPath(issue) ?? 'partial'}: ${issue.message}` };
	}
	const round = desk.round(roundId);
	const election = round?.state === 'panel-vote' ? round.stages.at(-1)?.election : undefined;
	if (election === undefined)
		return { ok: false, refused: `${roundId} has no encrypted ballot box waiting for its trustees` };
	const { partial } = parsed.output;
	const tallied = elections.decrypt(election, [partial], at);
	if (tallied.status === 'refused') return { ok: false, refused: tallied.reason };
	// The one partial decryption uploaded: refused means its proof failed (or it was already in).
	if (tallied.refused.length > 0) return { ok: false, field: 'partial', message: tallied.refused.join('; ') };
	const { manifest, decryptions } = elections.read(election)!;
	return {
		ok: true,
		election,
		trustees: decryptions.length,
		threshold: manifest.threshold,
		...(tallied.result
			? { result: manifest.options.map((option, i) => ({ option, votes: tallied.result![i]! })) }
			: {})
	};
}
