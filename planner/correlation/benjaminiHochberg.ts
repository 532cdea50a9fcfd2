/**
 * Benjamini–Hochberg q-values (adjusted p-values) controlling the false discovery rate:
 * q_(i) = min_{j ≥ i} min(1, m p_(j) / j). Benjamini & Hochberg 1995, JRSS B 57(1):289–300.
 * NaN p-values are kept NaN and not counted in m. Output is in input order.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
	const idx = pValues.map((p, i) => [p, i] as const).filter(([p]) => !Number.isNaN(p));
	idx.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const m = idx.length;
	const out = pValues.map(() => Number.NaN);
	let running = 1;
	for (let k = m - 1; k >= 0; k--) {
		const [p, i] = idx[k]!;
		running = Math.min(running, (p * m) / (k + 1));
		out[i] = Math.min(1, running);
	}
	return out;
}
