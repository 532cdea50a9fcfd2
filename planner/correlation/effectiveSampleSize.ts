import { mean as ssMean, variance as ssVariance } from 'simple-statistics';

/**
 * Sample autocorrelations ρ(1..maxLag) of the finite values (missing values skipped pairwise), each from the
 * overall mean and variance.
 */
export function autocorrelations(values: readonly number[], maxLag: number): number[] {
	const finite = values.filter(Number.isFinite);
	const n = finite.length;
	if (n < 3) return [];
	const mean = ssMean(finite);
	const variance = ssVariance(finite);
	if (!(variance > 0)) return [];
	const out: number[] = [];
	for (let k = 1; k <= Math.min(maxLag, n - 2); k++) {
		let sum = 0;
		for (let t = k; t < values.length; t++) {
			const a = values[t]!;
			const b = values[t - k]!;
			if (Number.isFinite(a) && Number.isFinite(b)) sum += (a - mean) * (b - mean);
		}
		out.push(sum / n / variance);
	}
	return out;
}

/**
 * Effective number of independent pairs behind a correlation of two autocorrelated series:
 * n_eff = n / (1 + 2 Σ_k ρ_x(k) ρ_y(k)) (Bartlett 1935; Bayley & Hammersley 1946; Pyper & Peterman 1998, Can. J.
 * Fish. Aquat. Sci. 55:2127–2140). Persistence in both series shares information between neighbouring points, so a
 * t-test on n pairs is over-confident; testing on n_eff − 2 degrees of freedom is not. Kept within [3, n].
 */
export function effectiveSampleSize(n: number, acfA: readonly number[], acfB: readonly number[]): number {
	let sum = 0;
	for (let k = 0; k < Math.min(acfA.length, acfB.length); k++) sum += acfA[k]! * acfB[k]!;
	return Math.max(3, Math.min(n, n / (1 + 2 * sum)));
}
