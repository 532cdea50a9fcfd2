import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** One refused message or record: why, where from, and its bytes (cut at the size cap). */
export interface DeadLetter {
	readonly id: number;
	/** When it was refused (ms). */
	readonly time: number;
	readonly topic: string;
	/** Stable reason code, e.g. `unknown-unit`. */
	readonly reason: string;
	/** What exactly was wrong, naming the record and the value. */
	readonly detail: string;
	/** Size of the original payload in bytes. */
	readonly size: number;
	/** The first `maxPayloadBytes` of the payload. */
	readonly payload: Uint8Array;
}

/** Where refused messages are kept so people can count and inspect them. */
export interface DeadLetters {
	add(entry: Omit<DeadLetter, 'id' | 'size' | 'payload'> & { payload: Uint8Array }): void;
	count(reason?: string): number;
	countByReason(): Readonly<Record<string, number>>;
	/** Newest first. */
	list(options?: { limit?: number; beforeId?: number; reason?: string }): DeadLetter[];
	close(): void;
}

/** How often (in additions) the oldest dead letters beyond `maxRows` are deleted. */
const PRUNE_EVERY = 256;

/**
 * A SQLite file of dead letters (WAL; `:memory:` for tests). Payloads are cut at `maxPayloadBytes`
 * (default 64 KiB); only the newest `maxRows` (default 100 000) are kept (checked every 256 additions), so a gateway sending
 * garbage cannot fill the disk. The ingest counters keep the true totals.
 */
export function openDeadLetters(
	path: string,
	options: { maxPayloadBytes?: number; maxRows?: number } = {}
): DeadLetters {
	const cap = options.maxPayloadBytes ?? 64 * 1024;
	const maxRows = options.maxRows ?? 100_000;
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const db = new Database(path);
	db.pragma('journal_mode = WAL');
	db.exec(`CREATE TABLE IF NOT EXISTS dead_letters (
		id INTEGER PRIMARY KEY, time INTEGER NOT NULL, topic TEXT NOT NULL, reason TEXT NOT NULL,
		detail TEXT NOT NULL, size INTEGER NOT NULL, payload BLOB NOT NULL);
		CREATE INDEX IF NOT EXISTS dead_letters_reason ON dead_letters (reason, id);`);
	const insert = db.prepare(
		'INSERT INTO dead_letters (time, topic, reason, detail, size, payload) VALUES (?, ?, ?, ?, ?, ?)'
	);
	const prune = db.prepare('DELETE FROM dead_letters WHERE id <= (SELECT MAX(id) FROM dead_letters) - ?');
	let added = 0;
	type Row = Omit<DeadLetter, 'payload'> & { payload: Buffer };
	return {
		add(e) {
			insert.run(
				e.time,
				e.topic.slice(0, 1024),
				e.reason,
				e.detail.slice(0, 4096),
				e.payload.byteLength,
				Buffer.from(e.payload.subarray(0, cap))
			);
			if (++added % PRUNE_EVERY === 0) prune.run(maxRows);
		},
		count(reason) {
			const row =
				reason === undefined
					? db.prepare('SELECT COUNT(*) AS n FROM dead_letters').get()
					: db.prepare('SELECT COUNT(*) AS n FROM dead_letters WHERE reason = ?').get(reason);
			return (row as { n: number }).n;
		},
		countByReason() {
			const rows = db
				.prepare('SELECT reason, COUNT(*) AS n FROM dead_letters GROUP BY reason ORDER BY reason')
				.all() as { reason: string; n: number }[];
			return Object.fromEntries(rows.map((r) => [r.reason, r.n]));
		},
		list({ limit = 50, beforeId = Number.MAX_SAFE_INTEGER, reason } = {}) {
			const rows = (
				reason === undefined
					? db
							.prepare('SELECT * FROM dead_letters WHERE id < ? ORDER BY id DESC LIMIT ?')
							.all(beforeId, limit)
					: db
							.prepare('SELECT * FROM dead_letters WHERE id < ? AND reason = ? ORDER BY id DESC LIMIT ?')
							.all(beforeId, reason, limit)
			) as Row[];
			return rows.map((r) => ({ ...r, payload: new Uint8Array(r.payload) }));
		},
		close() {
			db.close();
		}
	};
}
