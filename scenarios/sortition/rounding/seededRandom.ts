/** A seeded random source: `next()` in [0, 1). Same seed, same sequence, on every platform. */
export interface Random {
	next(): number;
	/** Integer in [0, n). */
	int(n: number): number;
}

/** FNV-1a over the seed text, then SplitMix32 (Steele, Lea, Flood 2014): small, 32-bit only, platform-identical. */
export function seededRandom(seed: string | number): Random {
	let h = 0x811c9dc5;
	const text = String(seed);
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	let s = h;
	const word = () => {
		s = (s + 0x9e3779b9) >>> 0;
		let z = s;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
		return (z ^ (z >>> 16)) >>> 0;
	};
	const next = () => (word() * 2 ** 21 + (word() >>> 11)) / 2 ** 53;
	return { next, int: (n) => Math.floor(next() * n) };
}
