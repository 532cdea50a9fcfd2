import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { credentialFromCode } from './credentialFromCode.js';

describe('credentialFromCode', () => {
	const code = 'FDCY-Z63B-KSVJ-0C8B-95MV-S8VM-64';

	it('gives the same key for the code however it is typed', () => {
		const typed = credentialFromCode('r1/stage-0', 'fdcy z63b ksvj oc8b 95mv s8vm 64');
		expect(typed).toEqual(credentialFromCode('r1/stage-0', code));
	});

	it('gives another key in another election, so a code cannot be reused in a run-off', () => {
		const first = credentialFromCode('r1/stage-0', code).publicKey;
		expect(credentialFromCode('r1/stage-1', code).publicKey).not.toBe(first);
	});

	it('agrees with node:crypto (SHA-256 seed, then the Ed25519 public key of that seed)', () => {
		const seed = createHash('sha256')
			.update(`resourceos/credential/v1/r1/stage-0/${code.replace(/-/g, '')}`)
			.digest();
		// PKCS#8 wrapping of a raw Ed25519 seed (RFC 8410): a fixed 16-byte prefix.
		const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
		const spki = createPublicKey(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }))
			.export({ format: 'der', type: 'spki' })
			.subarray(-32);
		expect(credentialFromCode('r1/stage-0', code)).toEqual({
			secret: seed.toString('hex'),
			publicKey: spki.toString('hex')
		});
	});
});
