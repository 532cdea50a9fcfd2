import { checkAnchor } from './merkle/checkAnchor.js';
import { merkleRoot } from './merkle/merkleTree.js';
import type { AnchorReport, SignedHead } from './merkle/types.js';
import { checkRecord } from './record/checkRecord.js';
import type { LedgerTables, RecordProblem } from './record/types.js';
import type { AuditEntry } from './types.js';
import { verifyChain } from './verifyChain.js';

/** Something kept outside the operator's database that the log must still agree with. */
export type Anchor =
	| { readonly kind: 'signed-head'; readonly head: SignedHead }
	/** Size and Merkle root as printed on an invitation or a result sheet (`SIZE:ROOT`). */
	| { readonly kind: 'printed-head'; readonly size: number; readonly root: string }
	/** The chain hash of the last entry someone saw (older tools printed only this). */
	| { readonly kind: 'chain-head'; readonly hash: string };

/** The verdict of `verify audit`: intact only when the chain, the tables and an outside anchor all agree. */
export type AuditVerdict =
	| {
			readonly status: 'intact' | 'unanchored';
			readonly entries: number;
			readonly root: string;
			readonly chainHead: string;
			/** What anchored it (absent when unanchored). */
			readonly anchoredBy?: string;
	  }
	| {
			readonly status: 'broken';
			readonly entries: number;
			/** Each finding in words: the chain's first bad entry, the anchor, every table disagreement. */
			readonly problems: readonly RecordProblem[];
	  };

/**
 * Recomputes the hash chain, checks every table against it (sealed ballots, tallies and decisions
 * recounted), then anchors the log to a head kept outside the database. Without an anchor the log
 * can only be called consistent, never intact: its operator could have rewritten all of it.
 */
export function auditLedger(
	entries: readonly AuditEntry[],
	tables: LedgerTables,
	anchor?: Anchor
): AuditVerdict {
	const problems: RecordProblem[] = [];
	const chain = verifyChain(entries);
	if (chain.status === 'broken')
		problems.push({ where: 'chain', message: `entry #${chain.seq} (${chain.problem}): ${chain.message}` });
	const record = checkRecord(entries, tables);
	if (record.status === 'inconsistent') problems.push(...record.problems);
	const hashes = entries.map((e) => e.hash);
	let anchoredBy: string | undefined;
	if (anchor) {
		const found = anchorProblem(entries, hashes, anchor);
		if (found) problems.push({ where: 'anchor', message: found });
		else anchoredBy = describe(anchor);
	}
	if (problems.length > 0) return { status: 'broken', entries: entries.length, problems };
	return {
		status: anchoredBy ? 'intact' : 'unanchored',
		entries: entries.length,
		root: merkleRoot(hashes),
		chainHead: hashes.at(-1) ?? '0'.repeat(64),
		...(anchoredBy ? { anchoredBy } : {})
	};
}

function describe(anchor: Anchor): string {
	switch (anchor.kind) {
		case 'signed-head':
			return `the head signed ${anchor.head.at} (${anchor.head.size} entries)`;
		case 'printed-head':
			return `the printed head (${anchor.size} entries, root ${anchor.root.slice(0, 12)}…)`;
		case 'chain-head':
			return `the chain head ${anchor.hash.slice(0, 12)}…`;
	}
}

function anchorProblem(
	entries: readonly AuditEntry[],
	hashes: readonly string[],
	anchor: Anchor
): string | undefined {
	switch (anchor.kind) {
		case 'signed-head': {
			// Keys the log named up to the head (a replaced key file appends a new log-key entry).
			const keys = new Set(
				entries
					.filter((e) => e.kind === 'log-key' && e.seq <= anchor.head.size)
					.map((e) => (JSON.parse(e.payload) as { publicKey: string }).publicKey)
			);
			const report: AnchorReport = checkAnchor(hashes, anchor.head, keys);
			return report.status === 'consistent' ? undefined : report.message;
		}
		case 'printed-head':
			if (hashes.length < anchor.size)
				return `the log has ${hashes.length} entries but the printed head covers ${anchor.size}: entries #${hashes.length + 1}..#${anchor.size} were cut off`;
			return merkleRoot(hashes, anchor.size) === anchor.root
				? undefined
				: `the first ${anchor.size} entries no longer match the printed head: the log was rewritten at or before entry #${anchor.size}`;
		case 'chain-head': {
			const at = hashes.indexOf(anchor.hash);
			// The chain links each entry to the one before, so an intact chain holding the kept hash at
			// #k still holds every entry up to #k; a hash found nowhere means a rewrite or a cut.
			if (at >= 0) return undefined;
			const why = `the log was rewritten, or cut off before that entry (${hashes.length} entries now)`;
			return `the chain head ${anchor.hash.slice(0, 12)}… you kept is not in the log: ${why}`;
		}
	}
}
