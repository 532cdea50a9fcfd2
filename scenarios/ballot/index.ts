export type {
	Ballot,
	BallotBox,
	BallotChoice,
	BallotRefusal,
	BallotRules,
	CredentialRecord,
	Tally,
	VoteDecision
} from './types.js';
export { ballotDefaults } from './ballotDefaults.js';
export { ballotReceipt, sealBallot } from './ballotReceipt.js';
export { canonicalJson } from './canonicalJson.js';
export { checkBallot, checkCredential } from './checkBallot.js';
export { countBallots } from './countBallots.js';
export { credentialHash, newCredential, normalizeCode } from './credentialCode.js';
export { decideVote, type DecideContext } from './decideVote.js';
export { drawLots } from './drawLots.js';
export { sha256Hex } from './sha256Hex.js';
