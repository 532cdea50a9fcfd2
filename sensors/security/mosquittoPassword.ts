import { pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Mosquitto 2's password hash: `$7$<iterations>$<base64 salt>$<base64 hash>`, the hash being
 * PBKDF2-HMAC-SHA512 of the password over the raw 12-byte salt, 64 bytes long, 101 iterations by
 * default (mosquitto src/password_mosq.c, `pw__hash`, PW_SHA512_PBKDF2 = 7).
 */
const FORMAT = /^\$7\$(\d+)\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/;

/** Hashes `password` as `mosquitto_passwd` does; `salt` (12 bytes) is random unless given. */
export function hashPassword(
	password: string,
	options: { salt?: Uint8Array; iterations?: number } = {}
): string {
	const salt = Buffer.from(options.salt ?? randomBytes(12));
	const iterations = options.iterations ?? 101;
	const hash = pbkdf2Sync(password, salt, iterations, 64, 'sha512');
	return `$7$${iterations}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/** Whether a string is a hash in that format. */
export const isPasswordHash = (text: string) => FORMAT.test(text);

/** Checks `password` against a `$7$` hash in constant time; false for a malformed hash. */
export function verifyPassword(password: string, hashed: string): boolean {
	const m = FORMAT.exec(hashed);
	if (!m) return false;
	const expected = Buffer.from(m[3]!, 'base64');
	const actual = pbkdf2Sync(password, Buffer.from(m[2]!, 'base64'), Number(m[1]), expected.length, 'sha512');
	return expected.length > 0 && timingSafeEqual(expected, actual);
}
