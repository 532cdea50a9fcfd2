import { writeFile } from 'node:fs/promises';
import * as v from 'valibot';
import {
	hex32,
	hex64,
	manifestSchema,
	partialDecryptionSchema,
	trusteeCommitmentSchema
} from '../../../scenarios/ballot/election/index.js';

/** A flag naming one or more files, comma-separated: `--shares a.json,b.json`. */
export const fileListFlag = v.pipe(
	v.string('should name files, comma-separated'),
	v.transform((s) => s.split(',').map((f) => f.trim())),
	v.check((fs) => fs.every((f) => f !== ''), 'should name files, comma-separated, none empty')
);

/** An election's id: the round and the stage, as `ROUND/stage-N` (every hash and credential is bound to it). */
export const electionIdFlag = v.pipe(
	v.string('should name the election'),
	v.regex(/^[\w.-]+\/stage-\d+$/, 'should be ROUND/stage-N, e.g. harvest-2026-12/stage-0')
);

/**
 * The credential authority's public list: who may vote, and the credentials, sorted apart so neither
 * order links them; its public key and its signature over the election and the credentials.
 */
export const credentialListSchema = v.strictObject({
	election: electionIdFlag,
	panelists: v.array(v.pipe(v.string(), v.nonEmpty())),
	credentials: v.array(hex32),
	authority: hex32,
	signature: hex64
});

/** A trustee's published contribution to the key ceremony. */
export const commitmentFileSchema = v.strictObject({
	election: electionIdFlag,
	threshold: v.pipe(v.number(), v.integer(), v.minValue(1)),
	trustees: v.pipe(v.number(), v.integer(), v.minValue(1)),
	commitment: trusteeCommitmentSchema
});

/** One dealer's secret share for one trustee (private: it goes to that trustee alone). */
export const shareFileSchema = v.strictObject({
	election: electionIdFlag,
	from: v.pipe(v.number(), v.integer(), v.minValue(1)),
	to: v.pipe(v.number(), v.integer(), v.minValue(1)),
	share: hex32
});

/** A trustee's key share (private) with its public verification key. */
export const keyFileSchema = v.strictObject({
	election: electionIdFlag,
	index: v.pipe(v.number(), v.integer(), v.minValue(1)),
	share: hex32,
	verificationKey: hex32
});

export { manifestSchema, partialDecryptionSchema };

/** A file only its owner can read (shares, keys, codes); refused if it exists, so nothing secret is overwritten. */
export const writePrivate = (path: string, value: unknown): Promise<void> =>
	writeFile(path, typeof value === 'string' ? value : `${JSON.stringify(value, null, '\t')}\n`, {
		mode: 0o600,
		flag: 'wx'
	});

/** A file to publish. */
export const writePublic = (path: string, value: unknown): Promise<void> =>
	writeFile(path, `${JSON.stringify(value, null, '\t')}\n`);
