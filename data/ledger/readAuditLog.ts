import Sqlite from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type { AuditEntry } from './types.js';

/** Reads the audit log of a ledger file read-only, without touching its schema (for auditors, on a copy they were given). */
export function readAuditLog(path: string): AuditEntry[] {
	if (!existsSync(path)) throw new Error(`no ledger at ${path}`);
	const db = new Sqlite(path, { readonly: true, fileMustExist: true });
	try {
		return db
			.prepare('SELECT seq, at, round, kind, payload, prev, hash FROM audit ORDER BY seq')
			.all() as AuditEntry[];
	} finally {
		db.close();
	}
}
