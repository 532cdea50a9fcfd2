import type { Rng } from './types.js';

/** FNV-1a 32-bit hash of a label, to derive stream seeds (http://www.isthe.com/chongo/tech/comp/fnv/). */
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h;
}

/** SplitMix32 expands one seed into well-mixed words (Steele, Lea, Flood 2014). */
function splitmix(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x9e3779b9) >>> 0;
		let z = s;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
		return (z ^ (z >>> 16)) >>> 0;
	};
}

/**
 * xoshiro128** (Blackman & Vigna, https://prng.di.unimi.it/xoshiro128starstar.c): fast, 2^128 period,
 * 32-bit arithmetic only, so results are identical on every platform.
 */
export function createRng(seed: number | string): Rng {
	const base = typeof seed === 'number' ? (seed >>> 0) ^ hash(String(seed)) : hash(seed);
	const mix = splitmix(base);
	let a = mix(),
		b = mix(),
		c = mix(),
		d = mix();
	if ((a | b | c | d) === 0) a = 1;
	const word = (): number => {
		const r = Math.imul((Math.imul(b, 5) << 7) | (Math.imul(b, 5) >>> 25), 9) >>> 0;
		const t = b << 9;
		c ^= a;
		d ^= b;
		b ^= c;
		a ^= d;
		c ^= t;
		d = (d << 11) | (d >>> 21);
		return r;
	};
	const next = () => word() / 4294967296;
	return {
		next,
		normal() {
			const u = 1 - next();
			return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
		},
		int: (n) => Math.floor(next() * n),
		fork: (label) => createRng(`${base}:${label}`)
	};
}
