/**
 * One schema step. Steps are applied in order, each once, in a transaction; never change what a released one
 * does, add the next (only its version is recorded, so its layout may change: existing databases keep theirs).
 */
export interface Migration {
	readonly version: number;
	readonly name: string;
	readonly sql: string;
}

const appendOnly = (table: string) => `
CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table} BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END;
CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END;`;

/** The ledger's schema history. */
export const migrations: readonly Migration[] = [
	{
		version: 1,
		name: 'rounds, reviews, credentials, ballots, audit log, plans, quotas, points',
		sql: `
CREATE TABLE rounds (id TEXT PRIMARY KEY, state TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, snapshot TEXT NOT NULL);
CREATE TABLE experts (id TEXT NOT NULL, name TEXT NOT NULL, field TEXT NOT NULL,
  term_start INTEGER NOT NULL, term_end INTEGER NOT NULL, conflicts TEXT NOT NULL, PRIMARY KEY (id, term_start));
CREATE TABLE reviews (round TEXT NOT NULL, expert TEXT NOT NULL, scenario TEXT NOT NULL,
  verdict TEXT NOT NULL CHECK (verdict IN ('sound','needs-rework','unsound')),
  comment TEXT NOT NULL, amended TEXT, at INTEGER NOT NULL, PRIMARY KEY (round, expert, scenario));
-- No time and no ballot link: who holds a credential is known, what they chose is not.
CREATE TABLE credentials (hash TEXT PRIMARY KEY, round TEXT NOT NULL, stage INTEGER NOT NULL,
  panelist TEXT NOT NULL, used INTEGER NOT NULL DEFAULT 0 CHECK (used IN (0,1))) WITHOUT ROWID;
CREATE INDEX credentials_round ON credentials (round, stage);
-- Keyed by receipt (WITHOUT ROWID): the storage order says nothing about the order of voting.
CREATE TABLE ballots (receipt TEXT PRIMARY KEY, round TEXT NOT NULL, stage INTEGER NOT NULL, choice TEXT NOT NULL, nonce TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX ballots_round ON ballots (round, stage);
CREATE TABLE audit (seq INTEGER PRIMARY KEY, at INTEGER NOT NULL, round TEXT NOT NULL, kind TEXT NOT NULL,
  payload TEXT NOT NULL, prev TEXT NOT NULL, hash TEXT NOT NULL UNIQUE);
CREATE TABLE plans (round TEXT PRIMARY KEY, scenario TEXT NOT NULL, plan TEXT NOT NULL, plan_hash TEXT NOT NULL, adopted_at INTEGER NOT NULL);
CREATE TABLE quotas (id INTEGER PRIMARY KEY, round TEXT NOT NULL, region TEXT NOT NULL, resource TEXT NOT NULL,
  per_person_per_day REAL NOT NULL, effective_from TEXT NOT NULL, adopted_at INTEGER NOT NULL);
CREATE TABLE points (id INTEGER PRIMARY KEY, person TEXT NOT NULL, points INTEGER NOT NULL, reason TEXT NOT NULL, round TEXT, at INTEGER NOT NULL);
CREATE INDEX points_person ON points (person);
${['audit', 'reviews', 'ballots', 'plans', 'quotas', 'points', 'experts'].map(appendOnly).join('\n')}
-- A credential may only go from unused to used, once.
CREATE TRIGGER credentials_use_once BEFORE UPDATE ON credentials
  WHEN NOT (OLD.used = 0 AND NEW.used = 1 AND NEW.hash = OLD.hash AND NEW.round = OLD.round
    AND NEW.stage = OLD.stage AND NEW.panelist = OLD.panelist)
BEGIN SELECT RAISE(ABORT, 'a credential can only be used once'); END;
CREATE TRIGGER credentials_no_delete BEFORE DELETE ON credentials BEGIN SELECT RAISE(ABORT, 'credentials are append-only'); END;
`
	}
];
