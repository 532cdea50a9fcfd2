/**
 * Population-weighted Gini coefficient: Σᵢ Σⱼ wᵢ wⱼ |xᵢ − xⱼ| / (2 W² x̄), x̄ the weighted mean;
 * 0 when all are equal. (Gini 1912; weighted form as in e.g. the OECD income-distribution database.)
 */
export function gini(values: readonly number[], weights: readonly number[]): number {
	const total = weights.reduce((s, w) => s + w, 0);
	if (total <= 0) return 0;
	const mean = values.reduce((s, v, i) => s + v * weights[i]!, 0) / total;
	if (mean <= 0) return 0;
	let sum = 0;
	for (let i = 0; i < values.length; i++)
		for (let j = 0; j < values.length; j++)
			sum += weights[i]! * weights[j]! * Math.abs(values[i]! - values[j]!);
	return sum / (2 * total * total * mean);
}
