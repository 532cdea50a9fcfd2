/**
 * Weighted Gini coefficient of `values` with `weights` (population), 0 = equal, 1 = one has all:
 * G = Σi Σj wi wj |xi − xj| / (2 W² μ) (the mean-difference form; Yitzhaki & Schechtman, "The Gini
 * Methodology", 2013, ch. 2). Returns 0 when the weighted mean is 0 or there is no weight.
 */
export function gini(values: ArrayLike<number>, weights: ArrayLike<number>): number {
	let W = 0;
	let sum = 0;
	for (let i = 0; i < values.length; i++) {
		W += weights[i]!;
		sum += weights[i]! * values[i]!;
	}
	if (W <= 0 || sum <= 0) return 0;
	const mean = sum / W;
	let diff = 0;
	for (let i = 0; i < values.length; i++) {
		for (let j = i + 1; j < values.length; j++)
			diff += weights[i]! * weights[j]! * Math.abs(values[i]! - values[j]!);
	}
	return (2 * diff) / (2 * W * W * mean);
}
