/** One band of horizon coverage, `from` down to `to` (shares of need), and its cost multiplier. */
export interface ShortfallBand {
	readonly from: number;
	readonly to: number;
	readonly multiplier: number;
}

/**
 * Splits coverage from `top` (a policy's floor, or 1) down to 0 into bands at the given
 * breakpoints, each band's person-day of shortfall costing twice the one above it: a piecewise-linear
 * convex penalty (Mo and Walrand's α-fairness in its simplest LP form), so one region driven to 0%
 * always costs more than the same person-days spread thinly. For a lifeline resource every band
 * entirely below the lifeline costs `lifelineMultiplier` times more still, so the plan breaches the
 * lifeline only where no stock or route can reach it.
 */
export function shortfallBands(
	top: number,
	breakpoints: readonly number[],
	lifeline: number | null,
	lifelineMultiplier: number
): ShortfallBand[] {
	const edges = [
		...new Set([
			top,
			...breakpoints.filter((b) => b > 0 && b < top),
			...(lifeline !== null && lifeline < top ? [lifeline] : []),
			0
		])
	].sort((a, b) => b - a);
	return edges.slice(1).map((to, k) => ({
		from: edges[k]!,
		to,
		multiplier: 2 ** k * (lifeline !== null && edges[k]! <= lifeline ? lifelineMultiplier : 1)
	}));
}
