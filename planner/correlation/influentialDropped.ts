/** How many of `n` pairs the fragility check leaves out: the `share` most influential, at least one. */
export function influentialDropped(n: number, share: number): number {
	return Math.max(1, Math.ceil(share * n));
}
