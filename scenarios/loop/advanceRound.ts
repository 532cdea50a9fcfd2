import type { ActResult, Invitation, RoundDesk } from '../round/createRoundDesk.js';
import type { PoolMember, Round } from '../round/types.js';
import type { Council } from './types.js';

const ENDED = new Set(['adopted', 'returned', 'recalculation']);

/** Whether a round has ended (adopted, returned for rework, or recalculation forced). */
export const hasEnded = (round: Round) => ENDED.has(round.state);

/** What `advanceRound` needs: the desk, the pool, the rounds' clock, the council (if any) and its invitations. */
export interface RoundDriver {
	readonly desk: RoundDesk;
	readonly pool: readonly PoolMember[];
	/** The rounds' clock (ms), the same the desk uses. */
	readonly clock: () => number;
	readonly council: Council | null;
	/** The council's unused invitations; replaced as it uses them. */
	invitations: readonly Invitation[];
	/** Invitations issued by a machine step (to hand to people). */
	readonly issued: (roundId: string, invitations: readonly Invitation[]) => void;
}

/**
 * The steps nobody has to decide: open the review, close it once every review is in, draw the panel
 * while the ethics council sits, open the vote at the ethics deadline, count the ballots once
 * everyone voted (or at the deadline). A refusal (too early) means the round waits.
 */
async function machineStep(round: Round, d: RoundDriver): Promise<boolean> {
	let result: ActResult;
	switch (round.state) {
		case 'drafted':
			result = d.desk.act(round.id, { kind: 'open-review' });
			break;
		case 'expert-review':
			result = d.desk.act(round.id, { kind: 'close-review' });
			break;
		case 'ethics-review':
			if (!round.committed) result = await d.desk.commitPanel(round.id, d.pool);
			else if (round.deadline !== undefined && d.clock() >= round.deadline)
				result = await d.desk.openVote(round.id);
			else return false;
			break;
		case 'panel-vote':
			result = d.desk.act(round.id, { kind: 'close-vote' });
			break;
		default:
			return false;
	}
	if (!result.ok) return false;
	if (result.invitations.length > 0) {
		d.invitations = [...d.invitations, ...result.invitations];
		d.issued(round.id, result.invitations);
	}
	return true;
}

/** Takes a round as far as it can go now: machine steps, then the council's. Returns where it stopped. */
export async function advanceRound(roundId: string, d: RoundDriver): Promise<Round> {
	for (;;) {
		const round = d.desk.round(roundId);
		if (!round) throw new Error(`advanceRound: no round ${JSON.stringify(roundId)}`);
		if (hasEnded(round)) return round;
		if (await machineStep(round, d)) continue;
		const step = d.council ? await d.council.act(round, d.desk, d.invitations) : null;
		if (!step) return round;
		if (step.invitations) d.invitations = step.invitations;
	}
}
