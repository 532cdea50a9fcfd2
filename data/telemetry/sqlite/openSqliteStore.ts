import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import {
	StoreUnavailableError,
	type Aggregate,
	type Point,
	type Reading,
	type SeriesFilter,
	type SeriesKey,
	type TelemetryStore,
	type WindowValue
} from '../types.js';
import { aggregateSql } from './aggregateSql.js';
import { filterSql, seriesKeyOf, type SeriesRow } from './filterSql.js';
import { defaults, type SqliteStoreOptions } from './types.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS series (
	id INTEGER PRIMARY KEY,
	region TEXT NOT NULL, site TEXT NOT NULL, gateway TEXT NOT NULL, resource TEXT NOT NULL, quantity TEXT NOT NULL,
	UNIQUE (region, site, gateway, resource, quantity)
);
CREATE TABLE IF NOT EXISTS points (
	series INTEGER NOT NULL REFERENCES series(id),
	time INTEGER NOT NULL,
	value REAL NOT NULL,
	seq INTEGER NOT NULL,
	PRIMARY KEY (series, time)
) WITHOUT ROWID;
`;

/**
 * The embedded telemetry store: one SQLite file in WAL mode (readers never block the writer,
 * https://www.sqlite.org/wal.html). A point's key is (series, time), so a redelivered reading
 * overwrites itself instead of duplicating ("later write wins", as in InfluxDB).
 */
export function openSqliteStore(options: Partial<SqliteStoreOptions> = {}): TelemetryStore {
	const o: SqliteStoreOptions = { ...defaults, ...options };
	if (o.path !== ':memory:') mkdirSync(dirname(o.path), { recursive: true });
	let db: Database.Database;
	try {
		db = new Database(o.path);
	} catch (error) {
		throw new StoreUnavailableError(`cannot open SQLite store ${o.path}: ${(error as Error).message}`, {
			cause: error
		});
	}
	db.pragma('journal_mode = WAL');
	// Ingest acknowledges a reading once its write returns. FULL syncs the WAL at every commit, one
	// per batch (a group commit: the batch's PUBACKs wait for that one fsync), so an acknowledged
	// reading survives a power cut, not only a crash of this process as under NORMAL.
	// https://www.sqlite.org/pragma.html#pragma_synchronous
	db.pragma('synchronous = FULL');
	db.pragma(`busy_timeout = ${o.busyTimeoutMs}`);
	db.exec(SCHEMA);

	const findSeries = db.prepare<[string, string, string, string, string], { id: number }>(
		'SELECT id FROM series WHERE region = ? AND site = ? AND gateway = ? AND resource = ? AND quantity = ?'
	);
	const insertSeries = db.prepare(
		'INSERT INTO series (region, site, gateway, resource, quantity) VALUES (?, ?, ?, ?, ?)'
	);
	const upsert = db.prepare(
		'INSERT INTO points (series, time, value, seq) VALUES (?, ?, ?, ?) ON CONFLICT (series, time) DO UPDATE SET value = excluded.value, seq = excluded.seq'
	);
	// Series ids never change once assigned, so caching them is safe even with several writers.
	const ids = new Map<string, number>();
	const seriesId = (r: SeriesKey): number => {
		const key = `${r.region}\u0000${r.site}\u0000${r.gateway}\u0000${r.resource}\u0000${r.quantity}`;
		let id = ids.get(key);
		if (id === undefined) {
			const args = [r.region, r.site, r.gateway, r.resource, r.quantity] as const;
			id = findSeries.get(...args)?.id ?? Number(insertSeries.run(...args).lastInsertRowid);
			ids.set(key, id);
		}
		return id;
	};
	const writeAll = db.transaction((batch: readonly Reading[]) => {
		for (const r of batch) upsert.run(seriesId(r), Math.round(r.time), r.value, r.seq);
	});
	let closed = false;
	const guard = <T>(what: string, run: () => T): Promise<T> => {
		if (closed) return Promise.reject(new StoreUnavailableError(`SQLite store ${o.path} is closed`));
		try {
			return Promise.resolve(run());
		} catch (error) {
			// SQLITE_BUSY / IOERR / FULL are conditions that may pass; anything else is a bug.
			const code = (error as { code?: string }).code ?? '';
			if (/^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|READONLY)/.test(code)) {
				return Promise.reject(
					new StoreUnavailableError(`SQLite ${what} failed: ${(error as Error).message}`, { cause: error })
				);
			}
			return Promise.reject(error as Error);
		}
	};

	return {
		write: (batch) =>
			guard('write', () => {
				if (batch.length > 0) writeAll(batch);
			}),
		latest: (filter: SeriesFilter) =>
			guard('latest', () => {
				const where = filterSql(filter, 's');
				const rows = db
					.prepare<unknown[], SeriesRow & { time: number; value: number; seq: number }>(
						`SELECT s.region, s.site, s.gateway, s.resource, s.quantity, p.time, p.value, p.seq
						 FROM series s JOIN points p ON p.series = s.id
						 AND p.time = (SELECT MAX(time) FROM points WHERE series = s.id)
						 WHERE ${where.sql} ORDER BY s.region, s.site, s.gateway, s.resource, s.quantity`
					)
					.all(...where.params);
				return rows.map((r): Reading => ({ ...seriesKeyOf(r), time: r.time, value: r.value, seq: r.seq }));
			}),
		range: (series: SeriesKey, from: number, to: number) =>
			guard('range', () => {
				const id = findSeries.get(
					series.region,
					series.site,
					series.gateway,
					series.resource,
					series.quantity
				)?.id;
				if (id === undefined) return [] as Point[];
				return db
					.prepare<[number, number, number], Point>(
						'SELECT time, value FROM points WHERE series = ? AND time >= ? AND time < ? ORDER BY time'
					)
					.all(id, from, to);
			}),
		aggregate: (filter: SeriesFilter, from: number, to: number, windowMs: number, fn: Aggregate) =>
			guard('aggregate', () => {
				if (!(windowMs > 0)) throw new RangeError(`windowMs should be > 0, got ${windowMs}`);
				const where = filterSql(filter, 's');
				const rows = db
					.prepare<unknown[], SeriesRow & { start: number; value: number }>(
						`SELECT s.region, s.site, s.gateway, s.resource, s.quantity, (p.time - (p.time % @w)) AS start, ${aggregateSql(fn)} AS value, MAX(p.time) AS lastTime
						 FROM series s JOIN points p ON p.series = s.id
						 WHERE ${where.sql} AND p.time >= @from AND p.time < @to
						 GROUP BY s.id, start ORDER BY s.region, s.site, s.gateway, s.resource, s.quantity, start`
					)
					.all(...where.params, { w: Math.round(windowMs), from, to });
				const out: { series: SeriesKey; windows: WindowValue[] }[] = [];
				for (const r of rows) {
					const key = seriesKeyOf(r);
					const last = out.at(-1);
					const same =
						last &&
						last.series.region === key.region &&
						last.series.site === key.site &&
						last.series.gateway === key.gateway &&
						last.series.resource === key.resource &&
						last.series.quantity === key.quantity;
					if (same) last.windows.push({ start: r.start, value: r.value });
					else out.push({ series: key, windows: [{ start: r.start, value: r.value }] });
				}
				return out;
			}),
		close: async () => {
			if (closed) return;
			closed = true;
			db.close();
		}
	};
}
