import { consistencyProof, merkleRoot, verifyConsistency } from './merkleTree.js';
import { headSignatureValid } from './signedHead.js';
import type { AnchorReport, Hex, SignedHead } from './types.js';

/**
 * Compares a head someone kept (from an invitation, a result sheet, a witness) with today's log:
 * the signature must be by a key the log itself names (its `log-key` entries up to `head.size`), the log must still
 * hold at least `head.size` entries, and the RFC 9162 consistency proof from the kept tree to
 * today's must verify. Only then is the log anchored outside the operator's database.
 */
export function checkAnchor(
	entryHashes: readonly Hex[],
	head: SignedHead,
	logKeys: ReadonlySet<string>
): AnchorReport {
	const when = `the head signed ${head.at} (${head.size} entries)`;
	if (!headSignatureValid(head))
		return { status: 'bad-signature', head, message: `${when} does not carry a valid signature` };
	const n = entryHashes.length;
	const known = logKeys.has(head.publicKey);
	if (n < head.size)
		return {
			status: 'truncated',
			head,
			message: `the log has ${n} entries but ${when} covers ${head.size}: entries #${n + 1}..#${head.size} were cut off${
				known
					? ''
					: ' (the key that signed it is not in what is left of the log: its log-key entry may be among those cut)'
			}`
		};
	if (!known)
		return {
			status: 'other-key',
			head,
			message: `${when} was signed by another key than those this log names in its log-key entries`
		};
	const proof = consistencyProof(entryHashes, head.size);
	if (!verifyConsistency(head.size, n, head.root, merkleRoot(entryHashes), proof)) {
		// The auditor holds the whole log, so the first entry that differs can be named when the kept
		// head is of the same size; otherwise only that some entry up to #size changed.
		return {
			status: 'rewritten',
			head,
			message: `the first ${head.size} entries no longer match ${when}: the log was rewritten at or before entry #${head.size}${
				entryHashes[head.size - 1] !== head.chainHead
					? ` (entry #${head.size} differs from the kept chain head)`
					: ''
			}`
		};
	}
	return { status: 'consistent', head };
}
