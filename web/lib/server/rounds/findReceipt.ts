import type { Ballot, BallotChoice } from '../../../../scenarios/ballot/types.js';
import type { Round } from '../../../../scenarios/round/types.js';
import { normaliseReceipt } from './normaliseReceipt.js';
import type { ReceiptCheck } from './types.js';

/** Looks a voter's receipt up: its choice once its stage is counted, else only that it is in the box. */
export function findReceipt(round: Round, ballots: readonly Ballot[], typed: string): ReceiptCheck {
	const receipt = normaliseReceipt(typed);
	const ballot = ballots.find((b) => b.receipt === receipt);
	if (!ballot) return { status: 'missing', receipt };
	if (!round.tallies.some((t) => t.stage === ballot.stage))
		return { status: 'sealed', receipt, stage: ballot.stage };
	const choice: BallotChoice = ballot.choice;
	return { status: 'counted', receipt, stage: ballot.stage, choice };
}
