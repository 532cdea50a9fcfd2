import type Sqlite from 'better-sqlite3';
import { canonicalJson } from '../../../scenarios/ballot/canonicalJson.js';
import { sha256Hex } from '../../../scenarios/ballot/sha256Hex.js';
import type { Round } from '../../../scenarios/round/types.js';
import type { Ledger } from '../types.js';
import type { AppendEvent, Upkeep } from './types.js';

const upsertSql = [
	'INSERT INTO rounds (id, state, created_at, updated_at, snapshot)',
	'VALUES (@id, @state, @createdAt, @at, @snapshot)',
	'ON CONFLICT (id) DO UPDATE SET state = @state, updated_at = @at, snapshot = @snapshot'
].join(' ');
const reviewSql = [
	'INSERT OR IGNORE INTO reviews (round, expert, scenario, verdict, comment, amended, at)',
	'VALUES (?, ?, ?, ?, ?, ?, ?)'
].join(' ');

/** The `rounds` snapshots and the experts' `reviews`, each save chained to the audit log. */
export function createRoundTables(
	db: Sqlite.Database,
	chain: AppendEvent,
	upkeep: Upkeep
): Pick<Ledger, 'round' | 'rounds' | 'save'> {
	const q = {
		round: db.prepare('SELECT snapshot FROM rounds WHERE id = ?'),
		rounds: db.prepare('SELECT snapshot FROM rounds ORDER BY created_at DESC, id'),
		upsert: db.prepare(upsertSql),
		review: db.prepare(reviewSql)
	};
	return {
		round: (id) => {
			const row = q.round.get(id) as { snapshot: string } | undefined;
			return row ? (JSON.parse(row.snapshot) as Round) : undefined;
		},
		rounds: () => (q.rounds.all() as { snapshot: string }[]).map((r) => JSON.parse(r.snapshot) as Round),
		save(round, events, at) {
			q.upsert.run({
				id: round.id,
				state: round.state,
				createdAt: round.createdAt,
				at,
				snapshot: JSON.stringify(round)
			});
			for (const r of round.reviews)
				for (const v of r.verdicts)
					q.review.run(
						round.id,
						r.expertId,
						v.scenarioId,
						v.verdict,
						v.comment,
						v.amended ? canonicalJson(v.amended) : null,
						r.at
					);
			for (const e of events) chain(round.id, e, at);
			// The whole stored round is chained by hash: an edited state or snapshot in the table shows.
			chain(
				round.id,
				{ kind: 'round-saved', data: { state: round.state, snapshot: sha256Hex(canonicalJson(round)) } },
				at
			);
			if (events.some((e) => e.kind === 'ballots')) upkeep.ballotsSealed();
		}
	};
}
