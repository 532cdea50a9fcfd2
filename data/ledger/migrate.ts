import type { Database } from 'better-sqlite3';
import type { Migration } from './migrations.js';

/** Applies the migrations not yet applied, each in its own transaction; returns the versions applied now. */
export function migrate(db: Database, migrations: readonly Migration[], now: Date): number[] {
	db.exec(
		'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)'
	);
	const done = new Set(
		(db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version)
	);
	const newest = Math.max(0, ...done);
	const known = Math.max(0, ...migrations.map((m) => m.version));
	if (newest > known)
		throw new Error(
			`the ledger's schema is version ${newest}, newer than this program knows (${known}): upgrade ResourceOS`
		);
	const applied: number[] = [];
	for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
		if (done.has(m.version)) continue;
		db.transaction(() => {
			db.exec(m.sql);
			db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
				m.version,
				m.name,
				now.toISOString()
			);
		})();
		applied.push(m.version);
	}
	return applied;
}
