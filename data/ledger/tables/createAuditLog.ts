import type Sqlite from 'better-sqlite3';
import type { KeyObject } from 'node:crypto';
import { canonicalJson } from '../../../scenarios/ballot/canonicalJson.js';
import { entryHash, GENESIS } from '../entryHash.js';
import { publicKeyText, signHead } from '../merkle/signedHead.js';
import { checkRecord } from '../record/checkRecord.js';
import { readTables } from '../record/readTables.js';
import type { AuditEntry, Ledger } from '../types.js';
import { verifyChain } from '../verifyChain.js';
import type { AppendEvent } from './types.js';

const columns = 'seq, at, round, kind, payload, prev, hash';

/**
 * The hash-chained `audit` table: `chain` appends inside the caller's transaction (for the other
 * tables' writes); the rest is the ledger's audit port. `key` signs tree heads, at `clock()`.
 */
export function createAuditLog(
	db: Sqlite.Database,
	key: KeyObject,
	clock: () => Date
): { chain: AppendEvent } & Pick<Ledger, 'append' | 'audit' | 'verify' | 'checkRecord' | 'head'> {
	const q = {
		head: db.prepare('SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1'),
		append: db.prepare(
			`INSERT INTO audit (${columns}) VALUES (@seq, @at, @round, @kind, @payload, @prev, @hash)`
		),
		logKey: db.prepare("SELECT 1 FROM audit WHERE kind = 'log-key' AND payload = ?"),
		hashes: db.prepare('SELECT hash FROM audit ORDER BY seq').pluck(),
		audit: db.prepare(`SELECT ${columns} FROM audit ORDER BY seq`),
		auditOf: db.prepare(`SELECT ${columns} FROM audit WHERE round = ? AND seq > ? ORDER BY seq`)
	};
	const chain: AppendEvent = (round, event, at) => {
		const last = q.head.get() as { seq: number; hash: string } | undefined;
		const base = {
			seq: (last?.seq ?? 0) + 1,
			at,
			round,
			kind: event.kind,
			payload: canonicalJson(event.data),
			prev: last?.hash ?? GENESIS
		};
		const entry = { ...base, hash: entryHash(base) };
		q.append.run(entry);
		return entry;
	};
	const all = () => q.audit.all() as AuditEntry[];
	return {
		chain,
		append: (round, event, at) => db.transaction(() => chain(round, event, at)).immediate(),
		audit: (round, after = 0) =>
			round === undefined ? all() : (q.auditOf.all(round, after) as AuditEntry[]),
		verify: (expect) => verifyChain(all(), expect),
		checkRecord: () => db.transaction(() => checkRecord(all(), readTables(db)))(),
		head() {
			const now = clock();
			return db
				.transaction(() => {
					const publicKey = publicKeyText(key);
					if (!q.logKey.get(canonicalJson({ publicKey })))
						chain('ledger', { kind: 'log-key', data: { publicKey } }, now.getTime());
					return signHead(q.hashes.all() as string[], key, now);
				})
				.immediate();
		}
	};
}
