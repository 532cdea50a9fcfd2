import { createHash } from 'node:crypto';

/** SHA-256 (FIPS 180-4) of UTF-8 text, as 64 lower-case hex digits. Pure: hashing needs no I/O. */
export function sha256Hex(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}
