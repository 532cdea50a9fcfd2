import { sha256Hex } from './sha256Hex.js';

/**
 * Orders tied ids by SHA-256 of `seed:label:id`: a lot anyone can redraw from the round's public
 * seed, and which no one could steer after the seed was published (it is fixed at round creation).
 */
export function drawLots(seed: string, label: string, ids: readonly string[]): string[] {
	return [...ids].sort((a, b) => {
		const ha = sha256Hex(`${seed}:${label}:${a}`);
		const hb = sha256Hex(`${seed}:${label}:${b}`);
		return ha < hb ? -1 : ha > hb ? 1 : 0;
	});
}
