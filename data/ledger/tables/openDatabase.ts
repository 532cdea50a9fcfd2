import Sqlite from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from '../migrate.js';
import { migrations } from '../migrations.js';

/** Opens (creating if needed) the ledger's SQLite file at `path` and brings its schema up to date. */
export function openDatabase(path: string, now: Date): Sqlite.Database {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const db = new Sqlite(path);
	db.pragma('journal_mode = WAL');
	db.pragma('busy_timeout = 5000');
	// Freed content (an old round snapshot, a page split) is overwritten with zeros, not left for forensics.
	db.pragma('secure_delete = ON');
	migrate(db, migrations, now);
	return db;
}
