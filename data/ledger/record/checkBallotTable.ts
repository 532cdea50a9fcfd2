import { ballotReceipt } from '../../../scenarios/ballot/ballotReceipt.js';
import { canonicalJson } from '../../../scenarios/ballot/canonicalJson.js';
import type { LedgerTables, RecordProblem } from './types.js';
import type { RoundTrail } from './walkChain.js';

const short = (receipt: string) => `${receipt.slice(0, 12)}…`;
const list = (receipts: readonly string[]) =>
	receipts.slice(0, 3).map(short).join(', ') +
	(receipts.length > 3 ? ` and ${receipts.length - 3} more` : '');

/**
 * The ballot and credential tables against the chain, per round and stage: every row's receipt
 * recomputes from its content; rows = ballot events = used credentials; every sealed ballot is
 * in the table as sealed; credentials issued match the chained counts.
 */
export function checkBallotTable(
	tables: Pick<LedgerTables, 'ballots' | 'credentials'>,
	rounds: ReadonlyMap<string, RoundTrail>,
	problems: RecordProblem[]
): number {
	const stages = new Map<string, { round: string; stage: number }>();
	const key = (round: string, stage: number) => {
		const k = `${round}\u0000${stage}`;
		stages.set(k, { round, stage });
		return k;
	};
	const rows = new Map<string, LedgerTables['ballots'][number][]>();
	for (const row of tables.ballots) {
		const k = key(row.round, row.stage);
		rows.set(k, [...(rows.get(k) ?? []), row]);
		let choice: unknown;
		try {
			choice = JSON.parse(row.choice);
		} catch {
			choice = row.choice;
		}
		if (
			ballotReceipt({ round: row.round, stage: row.stage, choice: choice as never, nonce: row.nonce }) !==
			row.receipt
		)
			problems.push({
				where: 'ballots',
				round: row.round,
				message: `ballot row ${short(row.receipt)} (stage ${row.stage}) was edited: its content does not match its receipt`
			});
	}
	const credentials = new Map(tables.credentials.map((c) => [key(c.round, c.stage), c]));
	for (const [round, t] of rounds) {
		for (const stage of t.cast.keys()) key(round, stage);
		for (const stage of t.issued.keys()) key(round, stage);
	}

	for (const [k, { round, stage }] of stages) {
		const t = rounds.get(round);
		const cast = t?.cast.get(stage) ?? 0;
		const here = rows.get(k) ?? [];
		const sealed = t?.sealed.get(stage) ?? [];
		const where = `round ${round}, stage ${stage}`;
		const inTable = new Map(here.map((r) => [r.receipt, r]));
		const sealedReceipts = new Set(sealed.map((b) => b.receipt));
		const missing = sealed.filter((b) => !inTable.has(b.receipt)).map((b) => b.receipt);
		if (missing.length > 0)
			problems.push({
				where: 'ballots',
				round,
				message: `${where}: ${missing.length} sealed ballots were deleted from the table (${list(missing)})`
			});
		const changed = sealed
			.filter((b) => {
				const r = inTable.get(b.receipt);
				return r !== undefined && (r.choice !== canonicalJson(b.choice) || r.nonce !== b.nonce);
			})
			.map((b) => b.receipt);
		if (changed.length > 0)
			problems.push({
				where: 'ballots',
				round,
				message: `${where}: ${changed.length} ballots differ from the sealed list (${list(changed)})`
			});
		const extra = here.filter((r) => !sealedReceipts.has(r.receipt)).map((r) => r.receipt);
		// Once every cast ballot is sealed, a row outside the sealed list can only have been inserted.
		if (sealed.length === cast && extra.length > 0)
			problems.push({
				where: 'ballots',
				round,
				message: `${where}: ${extra.length} ballot rows are not in the log (inserted: ${list(extra)})`
			});
		if (here.length !== cast) {
			const gap = `${Math.abs(here.length - cast)} ${here.length > cast ? 'inserted' : 'deleted'}`;
			const message = `${where}: the table holds ${here.length} ballots but the log records ${cast} cast: ${gap}`;
			problems.push({ where: 'ballots', round, message });
		}
		const c = credentials.get(k);
		const used = c?.used ?? 0;
		if (used !== cast)
			problems.push({
				where: 'credentials',
				round,
				message: `${where}: ${used} credentials are marked used but the log records ${cast} ballots cast`
			});
		const issued = t?.issued.get(stage) ?? 0;
		if ((c?.issued ?? 0) !== issued)
			problems.push({
				where: 'credentials',
				round,
				message: `${where}: the table holds ${c?.issued ?? 0} credentials but the log records ${issued} issued`
			});
		if (cast > issued)
			problems.push({
				where: 'credentials',
				round,
				message: `${where}: ${cast} ballots cast with only ${issued} credentials issued`
			});
	}
	return tables.ballots.length;
}
