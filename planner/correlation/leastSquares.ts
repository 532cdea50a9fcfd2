/**
 * Ordinary least squares by modified Gram–Schmidt QR (Golub & Van Loan, Matrix Computations, §5.2.8),
 * which avoids squaring the condition number as the normal equations would.
 * `columns` are the regressors (each of length n); returns coefficients and the residual sum of squares.
 * Columns that are (numerically) dependent on earlier ones get coefficient 0 and do not count in `rank`.
 */
export function leastSquares(
	columns: readonly (readonly number[])[],
	y: readonly number[]
): { coefficients: number[]; rss: number; rank: number; residuals: number[] } {
	const n = y.length;
	const k = columns.length;
	const q: number[][] = [];
	const r: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(0));
	const kept: boolean[] = [];
	for (let j = 0; j < k; j++) {
		const v = columns[j]!.slice(0, n) as number[];
		const norm0 = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
		for (let i = 0; i < j; i++) {
			if (!kept[i]) continue;
			const qi = q[i]!;
			let dot = 0;
			for (let t = 0; t < n; t++) dot += qi[t]! * v[t]!;
			r[i]![j] = dot;
			for (let t = 0; t < n; t++) v[t]! -= dot * qi[t]!;
		}
		const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
		const ok = norm > 1e-10 * Math.max(1, norm0);
		kept.push(ok);
		r[j]![j] = ok ? norm : 0;
		q.push(ok ? v.map((x) => x / norm) : v.map(() => 0));
	}
	// Qᵀ y, then back-substitution R b = Qᵀ y.
	const qty = q.map((qj) => qj.reduce((s, x, t) => s + x * y[t]!, 0));
	const b = new Array<number>(k).fill(0);
	for (let j = k - 1; j >= 0; j--) {
		if (!kept[j]) continue;
		let s = qty[j]!;
		for (let i = j + 1; i < k; i++) s -= r[j]![i]! * b[i]!;
		b[j] = s / r[j]![j]!;
	}
	const residuals = y.map((yt, t) => yt - columns.reduce((s, col, j) => s + col[t]! * b[j]!, 0));
	const rss = residuals.reduce((s, e) => s + e * e, 0);
	return { coefficients: b, rss, rank: kept.filter(Boolean).length, residuals };
}
