import { ballotReceipt } from '../../../scenarios/ballot/ballotReceipt.js';
import type { Ballot } from '../../../scenarios/ballot/types.js';
import type { AuditEntry } from '../types.js';
import type { EventData } from './eventSchemas.js';
import type { RecordProblem } from './types.js';
import type { RoundTrail } from './walkChain.js';

const short = (receipt: string) => `${receipt.slice(0, 12)}…`;

/**
 * A sealed ballot list (chained when a stage closes) must hold exactly one ballot per ballot event
 * chained before it, each receipt recomputing from its content, in receipt order (so the list says
 * nothing about who voted when), and every ballot of an earlier seal of the same stage.
 */
export function checkSealed(
	entry: AuditEntry,
	data: EventData<'ballots'>,
	trail: RoundTrail,
	problems: RecordProblem[]
): void {
	const at = `entry #${entry.seq} (ballots, stage ${data.stage})`;
	const ballots: Ballot[] = data.ballots.map((b) => ({ round: entry.round, stage: data.stage, ...b }));
	for (const b of ballots)
		if (ballotReceipt(b) !== b.receipt)
			problems.push({
				where: 'ballots',
				round: entry.round,
				message: `${at}: ballot ${short(b.receipt)} does not match its receipt (its content was changed)`
			});
	const receipts = ballots.map((b) => b.receipt);
	if (receipts.some((r, i) => i > 0 && r <= receipts[i - 1]!))
		problems.push({
			where: 'ballots',
			round: entry.round,
			message: `${at}: not in receipt order, or a receipt twice`
		});
	const cast = trail.cast.get(data.stage) ?? 0;
	if (ballots.length !== cast)
		problems.push({
			where: 'ballots',
			round: entry.round,
			message: `${at}: seals ${ballots.length} ballots but ${cast} were cast before it`
		});
	const earlier = trail.sealed.get(data.stage) ?? [];
	const now = new Set(receipts);
	const lost = earlier.filter((b) => !now.has(b.receipt));
	if (lost.length > 0)
		problems.push({
			where: 'ballots',
			round: entry.round,
			message: `${at}: drops ${lost.length} ballots sealed earlier (${lost
				.slice(0, 3)
				.map((b) => short(b.receipt))
				.join(', ')})`
		});
	trail.sealed.set(data.stage, ballots);
}
