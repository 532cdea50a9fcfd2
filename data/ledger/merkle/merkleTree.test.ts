import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { consistencyProof, leafHash, merkleRoot, verifyConsistency } from './merkleTree.js';

const entries = Array.from({ length: 40 }, (_, i) => createHash('sha256').update(`entry ${i}`).digest('hex'));

describe('the audit log Merkle tree (RFC 9162)', () => {
	it('hashes a two-leaf tree as H(0x01 ‖ H(0x00 ‖ a) ‖ H(0x00 ‖ b))', () => {
		const expected = createHash('sha256')
			.update(Buffer.concat([Buffer.from([1]), leafHash(entries[0]!), leafHash(entries[1]!)]))
			.digest('hex');
		expect(merkleRoot(entries, 2)).toBe(expected);
		expect(merkleRoot([])).toBe(createHash('sha256').digest('hex'));
	});

	it('proves every older size consistent with every newer one', () => {
		for (let n = 1; n <= entries.length; n++)
			for (let m = 0; m <= n; m++) {
				const log = entries.slice(0, n);
				const ok = verifyConsistency(m, n, merkleRoot(log, m), merkleRoot(log), consistencyProof(log, m));
				if (!ok) throw new Error(`m=${m} n=${n} failed`);
			}
	});

	it('refuses the proof when an old entry was rewritten, and a proof for another size', () => {
		const old = entries.slice(0, 13);
		const rewritten = [...entries.slice(0, 7), 'f'.repeat(64), ...entries.slice(8, 30)];
		expect(
			verifyConsistency(13, 30, merkleRoot(old), merkleRoot(rewritten), consistencyProof(rewritten, 13))
		).toBe(false);
		const log = entries.slice(0, 30);
		expect(verifyConsistency(12, 30, merkleRoot(log, 13), merkleRoot(log), consistencyProof(log, 13))).toBe(
			false
		);
	});
});
