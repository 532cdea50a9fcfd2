import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ballotReceipt, sealBallot } from './ballotReceipt.js';
import { credentialHash, newCredential } from './credentialCode.js';

describe('credentials and receipts', () => {
	it('gives a printable code in groups of four whose hash is all that is kept, forgiving case, spaces and look-alikes', () => {
		const { code, hash } = newCredential(randomBytes(16));
		expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4}){6}$/);
		expect(hash).toMatch(/^[0-9a-f]{64}$/);
		expect(hash).not.toContain(code.toLowerCase());
		expect(credentialHash(code.toLowerCase().replace(/-/g, ' '))).toBe(hash);
		expect(credentialHash(code.replace(/0/g, 'O').replace(/1/g, 'l'))).toBe(hash);
		expect(newCredential(randomBytes(16)).code).not.toBe(code);
		expect(() => newCredential(new Uint8Array(8))).toThrow(RangeError);
	});

	it('a receipt changes with any part of the ballot and recomputes from the published ballot', () => {
		const b = sealBallot('r1', 0, { kind: 'scenario', scenarioId: 'a' }, 'n1');
		expect(ballotReceipt(b)).toBe(b.receipt);
		expect(sealBallot('r1', 0, { kind: 'scenario', scenarioId: 'b' }, 'n1').receipt).not.toBe(b.receipt);
		expect(sealBallot('r1', 0, { kind: 'scenario', scenarioId: 'a' }, 'n2').receipt).not.toBe(b.receipt);
		expect(sealBallot('r1', 1, { kind: 'scenario', scenarioId: 'a' }, 'n1').receipt).not.toBe(b.receipt);
	});
});
