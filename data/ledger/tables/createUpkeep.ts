import type Sqlite from 'better-sqlite3';
import type { Upkeep } from './types.js';

/**
 * After a ballot: no write-ahead log frame may keep "this credential used" beside "this ballot
 * stored" (one commit). After sealing a stage: VACUUM rewrites every table in key order, so no
 * page keeps the order in which ballots arrived.
 */
export function createUpkeep(db: Sqlite.Database): Upkeep {
	let checkpointDue = false;
	let vacuumDue = false;
	return {
		ballotCast: () => {
			checkpointDue = true;
		},
		ballotsSealed: () => {
			vacuumDue = true;
		},
		settle() {
			if (db.inTransaction) return;
			if (vacuumDue) {
				db.exec('VACUUM');
				vacuumDue = false;
				checkpointDue = true;
			}
			if (checkpointDue) {
				db.pragma('wal_checkpoint(TRUNCATE)');
				checkpointDue = false;
			}
		}
	};
}
