import { entryHash, GENESIS } from './entryHash.js';
import type { AuditEntry, ChainReport } from './types.js';

/**
 * Recomputes the chain in seq order and names the first entry that fails: altered (its content does
 * not match its hash), removed (a gap in seq, or it links to a hash found nowhere: an entry before
 * it was deleted, or altered and re-hashed), reordered (it links to an entry that sits elsewhere).
 * `expect` checks the tail against a published head or length: without it, cutting off the newest
 * entries cannot be seen.
 */
export function verifyChain(
	entries: readonly AuditEntry[],
	expect: { readonly head?: string; readonly entries?: number } = {}
): ChainReport {
	const where = new Map(entries.map((e) => [e.hash, e.seq]));
	let prev = GENESIS;
	let seq = 0;
	for (const e of entries) {
		if (e.seq !== seq + 1)
			return {
				status: 'broken',
				problem: 'removed',
				seq: seq + 1,
				message: `entry #${seq + 1} is missing (the log jumps from #${seq} to #${e.seq})`
			};
		seq = e.seq;
		if (entryHash(e) !== e.hash)
			return {
				status: 'broken',
				problem: 'altered',
				seq,
				message: `entry #${seq} (${e.kind}) was altered: its content does not match its hash`
			};
		if (e.prev !== prev) {
			const other = where.get(e.prev);
			if (other !== undefined)
				return {
					status: 'broken',
					problem: 'reordered',
					seq,
					message: `entry #${seq} (${e.kind}) is out of order: it follows the entry now at #${other}`
				};
			return {
				status: 'broken',
				problem: 'removed',
				seq,
				message: `the entry before #${seq} (${e.kind}) is missing, or was altered and re-hashed: #${seq} links to a hash found nowhere in the log`
			};
		}
		prev = e.hash;
	}
	if (expect.entries !== undefined && entries.length < expect.entries) {
		const fewer = `${expect.entries - entries.length} fewer than published`;
		const message = `the log has ${entries.length} entries, ${fewer}: entries from #${entries.length + 1} were removed`;
		return { status: 'broken', problem: 'truncated', seq: entries.length + 1, message };
	}
	if (expect.head !== undefined && expect.head !== prev) {
		const at = where.get(expect.head);
		return at !== undefined
			? {
					status: 'broken',
					problem: 'truncated',
					seq: at + 1,
					message: `the published head is entry #${at}; the entries after it differ from what was published`
				}
			: {
					status: 'broken',
					problem: 'truncated',
					seq: entries.length + 1,
					message: `the published head ${expect.head.slice(0, 12)}… is not in the log: newer entries were removed or the chain was rewritten`
				};
	}
	return { status: 'intact', entries: entries.length, head: prev };
}
