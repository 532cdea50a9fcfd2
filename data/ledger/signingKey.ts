import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The ledger's Ed25519 signing key: read from `keyFile` (default `ledger.key` beside the ledger),
 * made on first use and written readable by the owner only; in memory for an in-memory ledger.
 */
export function signingKey(path: string, keyFile: string | undefined): KeyObject {
	const file = keyFile ?? (path === ':memory:' ? undefined : join(dirname(path), 'ledger.key'));
	if (file && existsSync(file)) return createPrivateKey(readFileSync(file));
	const { privateKey } = generateKeyPairSync('ed25519');
	if (file)
		writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
	return privateKey;
}
