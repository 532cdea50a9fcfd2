import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const KEY_BYTES = 32;
const R = 8;
const P = 1;

function derive(password: string, salt: Buffer, cost: number): Promise<Buffer> {
	return new Promise((resolve, reject) =>
		// maxmem must cover 128·N·r bytes; the default (32 MB) is exactly 2^15·8·128 and would refuse it.
		scrypt(password, salt, KEY_BYTES, { N: cost, r: R, p: P, maxmem: 256 * cost * R }, (error, key) =>
			error ? reject(error) : resolve(key)
		)
	);
}

/**
 * A password as stored: `scrypt$N$r$p$salt$key` (hex), so the cost can rise later without breaking old hashes.
 * scrypt (RFC 7914) from node:crypto: memory-hard, no native add-on to build.
 */
export async function hashPassword(password: string, cost: number): Promise<string> {
	const salt = randomBytes(16);
	const key = await derive(password, salt, cost);
	return ['scrypt', cost, R, P, salt.toString('hex'), key.toString('hex')].join('$');
}

/** Whether `password` matches a stored hash; compares in constant time. */
export async function checkPassword(password: string, stored: string): Promise<boolean> {
	const [scheme, cost, , , salt, key] = stored.split('$');
	if (scheme !== 'scrypt' || !salt || !key) return false;
	const expected = Buffer.from(key, 'hex');
	const actual = await derive(password, Buffer.from(salt, 'hex'), Number(cost));
	return actual.length === expected.length && timingSafeEqual(actual, expected);
}
