import * as v from 'valibot';

export const hex32 = v.pipe(
	v.string('should be hex'),
	v.regex(/^[0-9a-f]{64}$/, 'should be 32 bytes of lower-case hex')
);
export const hex64 = v.pipe(
	v.string('should be hex'),
	v.regex(/^[0-9a-f]{128}$/, 'should be 64 bytes of lower-case hex')
);
const count = v.pipe(v.number('should be a number'), v.integer('should be a whole number'), v.minValue(0));

/** A trustee's published DKG contribution: Feldman commitments and the proof of knowledge of a_0. */
export const trusteeCommitmentSchema = v.strictObject({
	index: v.pipe(count, v.minValue(1)),
	coefficients: v.array(hex32),
	proof: v.strictObject({ commitment: hex32, response: hex32 })
});

/** The credential authority's public key and its signature over the credential list. */
export const credentialAuthoritySchema = v.strictObject({ publicKey: hex32, signature: hex64 });

/** What an election publishes before the vote. */
export const manifestSchema = v.strictObject({
	id: v.pipe(v.string(), v.nonEmpty('should name the election')),
	options: v.pipe(
		v.array(v.pipe(v.string(), v.nonEmpty())),
		v.minLength(2, 'should list at least 2 options')
	),
	threshold: v.pipe(count, v.minValue(1)),
	trustees: v.pipe(v.array(trusteeCommitmentSchema), v.minLength(1)),
	publicKey: hex32,
	credentials: v.array(hex32),
	authority: credentialAuthoritySchema,
	maxVotes: v.pipe(count, v.maxValue(100_000, 'should be at most 100000'))
});

/** One signed, encrypted ballot as the phone sends it. */
export const signedBallotSchema = v.strictObject({
	election: hex32,
	credential: hex32,
	options: v.array(
		v.strictObject({
			a: hex32,
			b: hex32,
			proof: v.strictObject({
				c0: hex32,
				c1: hex32,
				s0: hex32,
				s1: hex32,
				commitments: v.tuple([hex32, hex32, hex32, hex32])
			})
		})
	),
	sumProof: v.strictObject({ c: hex32, s: hex32, commitments: v.tuple([hex32, hex32]) }),
	signature: hex64
});

/** A trustee's partial decryption of every option total. */
export const partialDecryptionSchema = v.strictObject({
	trustee: v.pipe(count, v.minValue(1)),
	shares: v.array(v.strictObject({ d: hex32, c: hex32, s: hex32 }))
});

/** The published election record, as a file an observer downloads: validated before any check runs. */
export const electionRecordSchema = v.strictObject({
	manifest: manifestSchema,
	ballots: v.array(signedBallotSchema),
	decryptions: v.array(partialDecryptionSchema),
	result: v.array(count)
});
