import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBinary, haveBinary } from '../../harness/index.js';
import { hashPassword, verifyPassword } from './mosquittoPassword.js';

describe('Mosquitto $7$ password hashes', () => {
	it('verifies its own hashes and refuses other passwords', () => {
		const h = hashPassword('correct horse battery');
		expect(h).toMatch(/^\$7\$101\$[A-Za-z0-9+/=]{16}\$[A-Za-z0-9+/=]{88}$/);
		expect(verifyPassword('correct horse battery', h)).toBe(true);
		expect(verifyPassword('correct horse batterz', h)).toBe(false);
		expect(verifyPassword('x', 'not-a-hash')).toBe(false);
	});

	it.runIf(haveBinary('mosquitto_passwd'))('reads hashes made by mosquitto_passwd', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ros-passwd-'));
		try {
			execFileSync(findBinary('mosquitto_passwd')!, ['-b', '-c', join(dir, 'p'), 'gw', 's3cret-pass'], {
				stdio: 'ignore'
			});
			const hash = readFileSync(join(dir, 'p'), 'utf8').trim().split(':')[1]!;
			expect(verifyPassword('s3cret-pass', hash)).toBe(true);
			expect(verifyPassword('s3cret-pasS', hash)).toBe(false);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
