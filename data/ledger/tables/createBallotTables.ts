import type Sqlite from 'better-sqlite3';
import { canonicalJson } from '../../../scenarios/ballot/canonicalJson.js';
import type { Ballot, CredentialRecord } from '../../../scenarios/ballot/types.js';
import type { Ledger, LedgerOptions } from '../types.js';
import type { AppendEvent, Upkeep } from './types.js';

interface BallotRow {
	readonly receipt: string;
	readonly round: string;
	readonly stage: number;
	readonly choice: string;
	readonly nonce: string;
}

const toBallot = (r: BallotRow): Ballot => ({
	round: r.round,
	stage: r.stage,
	choice: JSON.parse(r.choice),
	nonce: r.nonce,
	receipt: r.receipt
});

/**
 * The election's tables: `credentials` (hashes only, never the codes) and the `ballots` box, with
 * the published seals read back from the audit log.
 */
export function createBallotTables(
	db: Sqlite.Database,
	chain: AppendEvent,
	upkeep: Upkeep,
	settings: LedgerOptions
): Pick<
	Ledger,
	'issueCredentials' | 'credential' | 'cast' | 'sealed' | 'ballots' | 'voted' | 'participants'
> {
	const q = {
		credential: db.prepare('SELECT hash, round, stage, panelist, used FROM credentials WHERE hash = ?'),
		issue: db.prepare('INSERT INTO credentials (hash, round, stage, panelist) VALUES (?, ?, ?, ?)'),
		use: db.prepare('UPDATE credentials SET used = 1 WHERE hash = ? AND used = 0'),
		ballot: db.prepare('INSERT INTO ballots (receipt, round, stage, choice, nonce) VALUES (?, ?, ?, ?, ?)'),
		sealed: db.prepare("SELECT payload FROM audit WHERE round = ? AND kind = 'ballots' ORDER BY seq").pluck(),
		ballots: db.prepare(
			'SELECT receipt, round, stage, choice, nonce FROM ballots WHERE round = ? ORDER BY stage, receipt'
		),
		voted: db.prepare('SELECT count(*) AS n FROM credentials WHERE round = ? AND stage = ? AND used = 1'),
		participants: db.prepare(
			'SELECT DISTINCT panelist FROM credentials WHERE round = ? AND used = 1 ORDER BY panelist'
		)
	};
	return {
		issueCredentials(round, stage, credentials, at) {
			for (const c of credentials) q.issue.run(c.hash, round, stage, c.panelist);
			// Only the count is public: publishing the hashes would add nothing a voter can check.
			chain(round, { kind: 'credentials-issued', data: { stage, count: credentials.length } }, at);
		},
		credential(hash) {
			const row = q.credential.get(hash) as
				{ hash: string; round: string; stage: number; panelist: string; used: number } | undefined;
			return row ? ({ ...row, used: row.used === 1 } satisfies CredentialRecord) : undefined;
		},
		cast(credentialHash, ballot, at) {
			const outcome = db
				.transaction(() => {
					if (q.use.run(credentialHash).changes !== 1) return 'used' as const;
					q.ballot.run(
						ballot.receipt,
						ballot.round,
						ballot.stage,
						canonicalJson(ballot.choice),
						ballot.nonce
					);
					// Only that a ballot was cast at this stage: the content is chained when the stage closes,
					// sorted by receipt, so the log never records which ballot came when.
					chain(
						ballot.round,
						{ kind: 'ballot', data: { stage: ballot.stage } },
						at - (at % settings.ballotTimeGrain)
					);
					upkeep.ballotCast();
					return 'cast' as const;
				})
				.immediate();
			upkeep.settle();
			return outcome;
		},
		sealed(round) {
			const last = new Map<number, Ballot[]>();
			for (const payload of q.sealed.all(round) as string[]) {
				const data = JSON.parse(payload) as { stage: number; ballots: Omit<Ballot, 'round' | 'stage'>[] };
				last.set(
					data.stage,
					data.ballots.map((b) => ({ round, stage: data.stage, ...b }))
				);
			}
			return [...last.keys()].sort((a, b) => a - b).flatMap((stage) => last.get(stage)!);
		},
		ballots: (round, stage) =>
			(q.ballots.all(round) as BallotRow[])
				.map(toBallot)
				.filter((b) => stage === undefined || b.stage === stage),
		voted: (round, stage) => (q.voted.get(round, stage) as { n: number }).n,
		participants: (round) => (q.participants.all(round) as { panelist: string }[]).map((r) => r.panelist)
	};
}
