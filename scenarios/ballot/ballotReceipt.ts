import { canonicalJson } from './canonicalJson.js';
import { sha256Hex } from './sha256Hex.js';
import type { Ballot, BallotChoice } from './types.js';

/** Seals a ballot: the receipt is SHA-256 of its canonical JSON, so anyone can recompute it from the published list. */
export function sealBallot(round: string, stage: number, choice: BallotChoice, nonce: string): Ballot {
	return { round, stage, choice, nonce, receipt: ballotReceipt({ round, stage, choice, nonce }) };
}

/** The receipt of a ballot's content (everything but the receipt itself). */
export function ballotReceipt(ballot: Omit<Ballot, 'receipt'>): string {
	return sha256Hex(
		canonicalJson({ round: ballot.round, stage: ballot.stage, choice: ballot.choice, nonce: ballot.nonce })
	);
}
