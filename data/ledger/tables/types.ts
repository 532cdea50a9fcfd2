import type { RoundEvent } from '../../../scenarios/round/types.js';
import type { AuditEntry } from '../types.js';

/** Chains one event onto the audit log (inside the caller's transaction); `at` in ms. */
export type AppendEvent = (round: string, event: RoundEvent, at: number) => AuditEntry;

/**
 * What the ledger owes the disk after a write, done once the outermost transaction ends: a WAL
 * checkpoint after a ballot, a VACUUM after a stage's ballots are sealed.
 */
export interface Upkeep {
	/** A ballot was stored: truncate the write-ahead log when the transaction ends. */
	ballotCast(): void;
	/** Ballots were sealed: rewrite every table when the transaction ends. */
	ballotsSealed(): void;
	/** Does what is due, unless a transaction is still open. */
	settle(): void;
}
