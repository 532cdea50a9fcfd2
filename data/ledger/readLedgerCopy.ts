import Sqlite from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { readTables } from './record/readTables.js';
import type { LedgerTables } from './record/types.js';
import type { AuditEntry } from './types.js';

/** Reads a ledger file read-only, without touching its schema (for auditors, on a copy they were given): the log and the tables it vouches for. */
export function readLedgerCopy(path: string): {
	readonly entries: AuditEntry[];
	readonly tables: LedgerTables;
} {
	if (!existsSync(path)) throw new Error(`no ledger at ${path}`);
	const db = new Sqlite(path, { readonly: true, fileMustExist: true });
	try {
		return db.transaction(() => ({
			entries: db
				.prepare('SELECT seq, at, round, kind, payload, prev, hash FROM audit ORDER BY seq')
				.all() as AuditEntry[],
			tables: readTables(db)
		}))();
	} finally {
		db.close();
	}
}
