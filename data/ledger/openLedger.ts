import { ledgerDefaults } from './ledgerDefaults.js';
import { signingKey } from './signingKey.js';
import {
	createAuditLog,
	createBallotTables,
	createPlanTables,
	createPointsAccounts,
	createRosterTable,
	createRoundTables,
	createUpkeep,
	openDatabase
} from './tables/index.js';
import type { Ledger, LedgerOptions } from './types.js';

/**
 * Opens (creating if needed) the ledger database at `path` and brings its schema up to date. One
 * SQLite file, one audit chain: each concern's tables (tables/) chain their writes through it.
 */
export function openLedger(
	path: string,
	clock: () => Date = () => new Date(),
	options: Partial<LedgerOptions> = {}
): Ledger {
	const settings = { ...ledgerDefaults, ...options };
	const db = openDatabase(path, clock());
	const upkeep = createUpkeep(db);
	const { chain, ...audit } = createAuditLog(db, signingKey(path, settings.keyFile), clock);
	return {
		path,
		// IMMEDIATE: take the write lock first, so a second process (the CLI beside the console) waits instead of failing on a stale read.
		atomically: (work) => {
			const result = db.transaction(work).immediate();
			upkeep.settle();
			return result;
		},
		...audit,
		...createRoundTables(db, chain, upkeep),
		...createBallotTables(db, chain, upkeep, settings),
		...createPlanTables(db, chain),
		...createPointsAccounts(db, chain),
		...createRosterTable(db, chain),
		close() {
			upkeep.settle();
			db.pragma('wal_checkpoint(TRUNCATE)');
			db.close();
		}
	};
}
