/**
 * Weighted Gini coefficient of `values` with `weights` (population): 0 = all equal, 1 = one has all. The mean
 * difference form G = Σi Σj wi wj |xi − xj| / (2 W² μ) (Yitzhaki & Schechtman, "The Gini Methodology", 2013, ch. 2),
 * computed on sorted values in O(n log n): each value's pairs with the values below and above it.
 * simple-statistics has no Gini coefficient, so this is the one the planner and the simulation share.
 * Returns 0 when there is no weight or the weighted mean is not positive.
 */
export function gini(values: ArrayLike<number>, weights: ArrayLike<number>): number {
	const order = Array.from({ length: values.length }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
	let total = 0;
	let weighted = 0;
	for (const i of order) {
		total += weights[i]!;
		weighted += weights[i]! * values[i]!;
	}
	if (total <= 0 || weighted <= 0) return 0;
	let below = 0;
	let sum = 0;
	for (const i of order) {
		const above = total - below - weights[i]!;
		sum += weights[i]! * values[i]! * (below - above);
		below += weights[i]!;
	}
	// With all values equal the terms cancel to a rounding residue of either sign; a Gini is never below 0.
	return Math.max(0, sum / (total * weighted));
}
