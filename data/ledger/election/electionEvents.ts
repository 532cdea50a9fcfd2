import * as v from 'valibot';
import {
	manifestSchema,
	partialDecryptionSchema,
	signedBallotSchema
} from '../../../scenarios/ballot/election/electionRecordSchema.js';

/** The audit kinds of an encrypted election, and what each payload holds (validated on every read). */
export const electionEventSchemas = {
	/** The manifest: the trustees' commitments and proofs, the joint key, the public credential list. */
	'election-manifest': v.strictObject({ election: v.string(), manifest: manifestSchema }),
	/** One signed, encrypted ballot; a later one from the same credential replaces it in the tally. */
	'encrypted-ballot': v.strictObject({
		election: v.string(),
		receipt: v.string(),
		ballot: signedBallotSchema
	}),
	/** The box closed: how many ballots it holds, so a ballot added after is evident. */
	'election-closed': v.strictObject({ election: v.string(), ballots: v.number() }),
	/** A trustee's partial decryption of the totals, with its proofs. */
	'partial-decryption': v.strictObject({ election: v.string(), decryption: partialDecryptionSchema }),
	/** The counts combined from the chained partial decryptions. */
	'election-result': v.strictObject({ election: v.string(), result: v.array(v.number()) })
} as const;

export type ElectionEventKind = keyof typeof electionEventSchemas;

/** The round an election belongs to: its id is `ROUND/stage-N`, and its entries are logged under ROUND. */
export const roundOf = (election: string): string => election.replace(/\/stage-\d+$/, '');
