import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openLedger } from '../openLedger.js';
import { checkAnchor } from './checkAnchor.js';
import { headSignatureValid, signHead } from './signedHead.js';

/** A ledger of five entries and its signed head; the log names its key in a `log-key` entry. */
function signed() {
	const ledger = openLedger(':memory:', () => new Date(Date.UTC(2026, 10, 1)));
	for (let i = 1; i <= 5; i++) ledger.append('r', { kind: 'review', data: { n: i } }, i);
	const head = ledger.head();
	const entries = ledger.audit();
	const keys = new Set(
		entries
			.filter((e) => e.kind === 'log-key')
			.map((e) => (JSON.parse(e.payload) as { publicKey: string }).publicKey)
	);
	ledger.close();
	return { head, hashes: entries.map((e) => e.hash), keys };
}

describe('signed heads as anchors', () => {
	it('chain the signing key once, sign the whole log, and anchor it', () => {
		const { head, hashes, keys } = signed();
		expect(head.size).toBe(6); // five entries and the log-key entry
		expect(headSignatureValid(head)).toBe(true);
		expect(checkAnchor(hashes, head, keys)).toMatchObject({ status: 'consistent' });
	});

	it('refuse a head whose signature was forged or whose key the log never named', () => {
		const { head, hashes, keys } = signed();
		expect(checkAnchor(hashes, { ...head, root: 'f'.repeat(64) }, keys)).toMatchObject({
			status: 'bad-signature'
		});
		const { privateKey } = generateKeyPairSync('ed25519');
		const stranger = signHead(hashes, privateKey, new Date(Date.UTC(2026, 10, 2)));
		expect(checkAnchor(hashes, stranger, keys)).toMatchObject({
			status: 'other-key',
			message: expect.stringContaining('another key')
		});
	});
});
