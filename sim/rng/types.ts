/** A seeded random generator, passed in (never global): same seed → same sequence. */
export interface Rng {
	/** Uniform in [0, 1). */
	next(): number;
	/** Standard normal N(0, 1) (Box–Muller). */
	normal(): number;
	/** Uniform integer in [0, n). */
	int(n: number): number;
	/** An independent generator derived from this seed and a label, so that one stream's use never shifts another's. */
	fork(label: string): Rng;
}
