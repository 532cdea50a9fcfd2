/** A seeded generator of uniforms in [0, 1); the same seed gives the same sequence on every platform. */
export interface Random {
	next(): number;
	/** Standard normal by Box–Muller. */
	normal(): number;
	/** Moves past `n` uniforms at once, as if drawn: a caller can leave part of a stream undrawn and stay in step. */
	skip(n: number): void;
}

/** Mulberry32 (Tommy Ettinger, public domain; https://gist.github.com/tommyettinger/46a874533244883189143505d203312c). */
export function seededRandom(seed: number): Random {
	let a = seed >>> 0;
	// The state is a counter stepped by a constant, so skipping n draws is one multiply (mod 2^32).
	const STEP = 0x6d2b79f5;
	const next = () => {
		a = (a + STEP) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		normal() {
			const u = 1 - next();
			const v = next();
			return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
		},
		skip(n) {
			a = (a + Math.imul(n, STEP)) >>> 0;
		}
	};
}
