import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { describeIssues, parse } from '../schema/index.js';
import type {
	CorrelationReport,
	CorrelationReportStore,
	StoredReport
} from '../../planner/correlation/types.js';
import { StoredReportSchema } from './reportSchema.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS correlation_reports (
	id INTEGER PRIMARY KEY,
	at INTEGER NOT NULL,
	report TEXT NOT NULL,
	changes TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS correlation_reports_at ON correlation_reports (at);
`;

/** The report file held something that is not a report: it was altered or written by something else. */
export class StoredReportInvalidError extends Error {
	readonly retryable = false;
	constructor(message: string) {
		super(message);
		this.name = 'StoredReportInvalidError';
	}
}

/**
 * The Correlation Center's report history in one SQLite file, append-only: every recompute adds a row (the report
 * and its changes as JSON) and nothing is updated or deleted, so the history of what was reported stays auditable.
 */
export function openSqliteReportStore(path: string): CorrelationReportStore {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const db = new Database(path);
	db.pragma('journal_mode = WAL');
	db.exec(SCHEMA);
	const latest = db.prepare<[], { id: number; report: string }>(
		'SELECT id, report FROM correlation_reports ORDER BY at DESC, id DESC LIMIT 1'
	);
	const insert = db.prepare('INSERT INTO correlation_reports (at, report, changes) VALUES (?, ?, ?)');
	return {
		async latest() {
			const row = latest.get();
			if (!row) return null;
			const parsed = parse(StoredReportSchema, JSON.parse(row.report));
			if (!parsed.ok)
				throw new StoredReportInvalidError(
					`${path}: report ${row.id} is not a correlation report:\n${describeIssues(parsed.issues, '  ')}`
				);
			return parsed.value as unknown as CorrelationReport;
		},
		async save(stored: StoredReport) {
			insert.run(stored.report.at, JSON.stringify(stored.report), JSON.stringify(stored.changes));
		},
		async close() {
			db.close();
		}
	};
}
