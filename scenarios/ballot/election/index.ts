export type * from './types.js';
export { encryptBallot } from './encryptBallot.js';
export { checkSignedBallot } from './checkSignedBallot.js';
export { prepareElection, type PreparedElection } from './prepareElection.js';
export { issueCredentials, publicKeyOf, type Credential } from './credentials.js';
export { ballotReceipt, electionHash } from './electionHash.js';
export {
	dealTrustee,
	checkShare,
	checkTrusteeCommitment,
	combineShares,
	jointPublicKey,
	verificationKey,
	type TrusteeDealer
} from './trustees.js';
export { encryptedTotals, partialDecrypt, checkDecryptions, combineDecryptions } from './tallyElection.js';
export { verifyElection } from './verifyElection.js';
export { setUpElection, type ElectionSetUp } from './setUpElection.js';
export { seededBytes } from './seededBytes.js';
export {
	electionRecordSchema,
	manifestSchema,
	signedBallotSchema,
	partialDecryptionSchema,
	trusteeCommitmentSchema,
	credentialAuthoritySchema,
	hex32,
	hex64
} from './electionRecordSchema.js';
export { credentialFromCode } from './credentialFromCode.js';
export { describeProblem } from './describeProblem.js';
export { signCredentialList, credentialListSigned, manifestListSigned } from './credentialList.js';
export { scalarFrom, scalarHex } from './group.js';
