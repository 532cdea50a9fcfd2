import { sha256Hex } from '../../scenarios/ballot/sha256Hex.js';
import type { AuditEntry } from './types.js';

/** The `prev` of the first entry. */
export const GENESIS = '0'.repeat(64);

/**
 * SHA-256 over the previous entry's hash and this entry's content (time, round, kind, canonical
 * payload), one per line: a hash chain as in RFC 6962's append-only log, without the tree. The
 * position (seq) is not hashed, so a moved entry is recognised as moved rather than altered.
 */
export function entryHash(entry: Pick<AuditEntry, 'prev' | 'at' | 'round' | 'kind' | 'payload'>): string {
	return sha256Hex(`${entry.prev}\n${entry.at}\n${entry.round}\n${entry.kind}\n${entry.payload}`);
}
