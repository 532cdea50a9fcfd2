import type { AuditEntry } from '../../data/ledger/types.js';

/** For tests: an audit log entry of `round` and `kind` with `data` as its payload, at `seq` seconds; no chain. */
export const testAuditEntry = (seq: number, round: string, kind: string, data: object): AuditEntry => ({
	seq,
	at: seq * 1000,
	round,
	kind,
	payload: JSON.stringify(data),
	prev: '',
	hash: ''
});
