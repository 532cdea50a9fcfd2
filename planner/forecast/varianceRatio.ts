/** The variance ratio of a series' q-step changes, with its standard error. */
export interface VarianceRatio {
	/** Steps q of the changes compared with q one-step changes. */
	readonly steps: number;
	/** Var(y[t] − y[t−q]) ÷ (q · Var(y[t] − y[t−1])), drift removed: 1 for a random walk. */
	readonly ratio: number;
	/** Heteroskedasticity-robust standard error of `ratio` under a random walk. */
	readonly se: number;
}

/**
 * Lo & MacKinlay's variance ratio (1988, "Stock market prices do not follow random walks", Rev. Financ. Stud.
 * 1:41–66) with overlapping q-step changes and the heteroskedasticity-robust standard error of their eq. (19), so
 * calm and turbulent spells (markets) do not make a random walk look otherwise. Below 1 the series reverts (seasons,
 * mean reversion), above 1 its changes persist (trends). Null with fewer than 2q changes or constant changes.
 * `seOnlyWithin`: the O(n·q) standard error is computed only when |ratio − 1| is below this (else it is NaN).
 */
export function varianceRatio(
	y: readonly number[],
	q: number,
	seOnlyWithin = Number.POSITIVE_INFINITY
): VarianceRatio | null {
	const n = y.length - 1;
	if (q < 2 || n < 2 * q) return null;
	const drift = (y[n]! - y[0]!) / n;
	const e = Array.from({ length: n }, (_, t) => y[t + 1]! - y[t]! - drift);
	let s2 = 0;
	for (const v of e) s2 += v * v;
	if (s2 === 0) return null;
	let sq = 0;
	for (let t = q; t <= n; t++) sq += (y[t]! - y[t - q]! - q * drift) ** 2;
	// Unbiased forms of both variances (Lo & MacKinlay's eqs. 12–13 with their m and n − 1 divisors).
	const m = q * (n - q + 1) * (1 - q / n);
	const ratio = sq / m / (s2 / (n - 1));
	if (!(Math.abs(ratio - 1) < seOnlyWithin)) return { steps: q, ratio, se: Number.NaN };
	let v = 0;
	for (let j = 1; j < q; j++) {
		let cross = 0;
		for (let t = j; t < n; t++) cross += e[t]! * e[t]! * e[t - j]! * e[t - j]!;
		v += ((2 * (q - j)) / q) ** 2 * ((n * cross) / (s2 * s2));
	}
	return { steps: q, ratio, se: Math.sqrt(v / n) };
}

/**
 * Whether the series' changes over `steps` vary as a random walk's, within ±`margin` of the ratio 1, shown by an
 * equivalence test (two one-sided tests at 5%: the 90% interval of the ratio lies inside 1 ± margin). Not rejecting
 * a random walk is not enough: a short series rejects nothing, so only enough history can pass.
 */
export function behavesAsRandomWalk(
	y: readonly number[],
	steps: number,
	margin: number
): VarianceRatio | null {
	const vr = varianceRatio(y, steps, margin);
	return vr && Math.abs(vr.ratio - 1) + 1.645 * vr.se < margin ? vr : null;
}
