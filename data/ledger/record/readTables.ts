import type { Database } from 'better-sqlite3';
import type { LedgerTables } from './types.js';

/** Reads the tables a record check compares with the chain (credentials only as counts). */
export function readTables(db: Database): LedgerTables {
	const all = <T>(sql: string) => db.prepare(sql).all() as T[];
	return {
		rounds: all('SELECT id, state, snapshot FROM rounds ORDER BY id'),
		ballots: all('SELECT receipt, round, stage, choice, nonce FROM ballots ORDER BY round, stage, receipt'),
		credentials: all(
			'SELECT round, stage, count(*) AS issued, coalesce(sum(used), 0) AS used FROM credentials GROUP BY round, stage'
		),
		plans: all('SELECT round, plan, plan_hash FROM plans ORDER BY round'),
		quotas: all('SELECT round, region, resource, per_person_per_day, effective_from FROM quotas ORDER BY id'),
		points: all('SELECT person, points, reason, round, at FROM points ORDER BY id')
	};
}
