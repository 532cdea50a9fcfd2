/** Rounds to `decimals` places (deterministic, so equal runs give equal files). */
export function round(value: number, decimals: number): number {
	const f = 10 ** decimals;
	const r = Math.round(value * f) / f;
	return Object.is(r, -0) ? 0 : r;
}
