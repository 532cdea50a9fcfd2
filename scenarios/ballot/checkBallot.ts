import type { BallotBox, BallotChoice, BallotRefusal, BallotRules, CredentialRecord } from './types.js';

/**
 * Whether a ballot may go in the box: a known, unused credential of this round and stage, a vote
 * still open and before its deadline, and a choice on the ballot (or a contest with a reason).
 * Returns the refusal, or undefined when the ballot is acceptable. The store must still use the
 * credential atomically (see the ledger), so that two tabs cannot both pass this check.
 */
export function checkBallot(
	box: BallotBox,
	credential: CredentialRecord | undefined,
	choice: BallotChoice,
	now: number,
	rules: Pick<BallotRules, 'minContestReason'>
): BallotRefusal | undefined {
	const refusal = checkCredential(box, credential, now);
	if (refusal) return refusal;
	switch (choice.kind) {
		case 'contest':
			return choice.reason.trim().length < rules.minContestReason
				? { status: 'reason-required', minLength: rules.minContestReason }
				: undefined;
		case 'scenario':
			if (box.choices.includes(choice.scenarioId)) return undefined;
			return {
				status: 'not-on-ballot',
				scenarioId: choice.scenarioId,
				...(box.excluded[choice.scenarioId] ? { reason: box.excluded[choice.scenarioId] } : {})
			};
	}
}

/** Whether a credential may vote in this box now (the first half of `checkBallot`, for showing the ballot). */
export function checkCredential(
	box: BallotBox,
	credential: CredentialRecord | undefined,
	now: number
): BallotRefusal | undefined {
	if (!credential) return { status: 'unknown-credential' };
	if (credential.round !== box.round) return { status: 'wrong-round', round: credential.round };
	if (box.stage === undefined) return { status: 'closed', state: box.state };
	if (credential.stage !== box.stage)
		return { status: 'stale-credential', stage: credential.stage, current: box.stage };
	if (credential.used) return { status: 'credential-used' };
	if (box.deadline !== undefined && now >= box.deadline)
		return { status: 'past-deadline', deadline: box.deadline };
	return undefined;
}
