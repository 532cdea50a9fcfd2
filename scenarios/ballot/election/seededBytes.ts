import { sha512 } from '@noble/hashes/sha2.js';
import type { RandomBytes } from './types.js';

/**
 * A deterministic byte stream (SHA-512 in counter mode over a seed) for tests, benchmarks and the
 * simulated panel. Never for real voters: their devices use crypto.getRandomValues.
 */
export function seededBytes(seed: string): RandomBytes {
	let counter = 0;
	let pool = new Uint8Array(0);
	return (length) => {
		const out = new Uint8Array(length);
		for (let filled = 0; filled < length;) {
			if (pool.length === 0) pool = sha512(new TextEncoder().encode(`${seed}/${counter++}`));
			const take = Math.min(pool.length, length - filled);
			out.set(pool.subarray(0, take), filled);
			pool = pool.subarray(take);
			filled += take;
		}
		return out;
	};
}
