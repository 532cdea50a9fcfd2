import type Sqlite from 'better-sqlite3';
import type { PointsPosting, PointsStore } from '../../sim/points/types.js';
import type { RoundEvent } from '../../scenarios/round/types.js';
import { pointsRowDigest } from './record/rowDigest.js';
import type { PointsRow } from './record/types.js';

const PENALTY = 'penalised: ';

/** The row a posting becomes: the reason says why in the words the record has always used. */
function rowOf(p: PointsPosting<string>): PointsRow {
	const reason =
		p.cause === 'spend' ? `spent: ${p.what}` : p.cause === 'penalty' ? `${PENALTY}${p.what}` : p.what;
	return { person: p.person, points: p.points, reason, round: p.ref ?? null, at: p.at };
}

/**
 * The persisted record's side of the points ledger's port (`PointsStore` in sim/points, which owns
 * the rules): one row per posting in the append-only `points` table; `at` in epoch milliseconds,
 * whole points. A row without a round (spending, burn, penalty) is chained at once by its digest;
 * the rows a round credits are chained together by the caller (`takeCredited`), as one event.
 * Call it inside a transaction.
 */
export function createPointsStore(
	db: Sqlite.Database,
	append: (round: string, event: RoundEvent, at: number) => void
): PointsStore<string> & { takeCredited(): string[] } {
	const q = {
		insert: db.prepare('INSERT INTO points (person, points, reason, round, at) VALUES (?, ?, ?, ?, ?)'),
		balance: db.prepare('SELECT coalesce(sum(points), 0) AS total FROM points WHERE person = ?').pluck(),
		balances: db.prepare('SELECT person, sum(points) AS total FROM points GROUP BY person ORDER BY person'),
		penalty: db.prepare('SELECT max(at) FROM points WHERE person = ? AND substr(reason, 1, ?) = ?').pluck()
	};
	let credited: string[] = [];
	return {
		dayLength: 86_400_000,
		wholePoints: true,
		has: (person) => person.length > 0,
		balance: (person) => q.balance.get(person) as number,
		lastPenalty: (person) => (q.penalty.get(person, PENALTY.length, PENALTY) as number | null) ?? -Infinity,
		post(posting) {
			const row = rowOf(posting);
			q.insert.run(row.person, row.points, row.reason, row.round, row.at);
			const digest = pointsRowDigest(row);
			if (row.round !== null) credited.push(digest);
			else append('points', { kind: 'points-spent', data: { row: digest } }, row.at);
		},
		eachBalance(fn) {
			for (const { person, total } of q.balances.all() as { person: string; total: number }[])
				if (total > 0) fn(person, total);
		},
		takeCredited() {
			const taken = credited;
			credited = [];
			return taken;
		}
	};
}
