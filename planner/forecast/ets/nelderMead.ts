/**
 * Minimises f by the downhill simplex method (Nelder & Mead 1965, Computer Journal 7:308–313), with the standard
 * coefficients (reflection 1, expansion 2, contraction ½, shrink ½) as in R's optim(method = "Nelder-Mead"), which
 * R's ets uses. Deterministic; stops after `maxIterations` or when the simplex's values agree within `tolerance`
 * (relative). Written here because the npm package `fmin` 0.0.4 ships no loadable ES module.
 */
export function nelderMead(
	f: (x: Float64Array) => number,
	start: readonly number[],
	step: readonly number[],
	maxIterations: number,
	tolerance = 1e-8
): { x: Float64Array; fx: number } {
	const n = start.length;
	const points: Float64Array[] = [Float64Array.from(start)];
	for (let i = 0; i < n; i++) {
		const p = Float64Array.from(start);
		p[i]! += step[i]!;
		points.push(p);
	}
	const values = points.map(f);
	const order = points.map((_, i) => i);
	const centroid = new Float64Array(n);
	const trial = (from: Float64Array, towards: Float64Array, t: number) => {
		const out = new Float64Array(n);
		for (let i = 0; i < n; i++) out[i] = from[i]! + t * (towards[i]! - from[i]!);
		return out;
	};
	for (let iteration = 0; iteration < maxIterations; iteration++) {
		order.sort((a, b) => values[a]! - values[b]! || a - b);
		const best = order[0]!;
		const worst = order[n]!;
		const spread = Math.abs(values[worst]! - values[best]!);
		if (spread <= tolerance * (Math.abs(values[best]!) + tolerance)) break;
		centroid.fill(0);
		for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) centroid[i]! += points[order[k]!]![i]! / n;
		const reflected = trial(centroid, points[worst]!, -1);
		const fr = f(reflected);
		if (fr < values[best]!) {
			const expanded = trial(centroid, points[worst]!, -2);
			const fe = f(expanded);
			[points[worst], values[worst]] = fe < fr ? [expanded, fe] : [reflected, fr];
		} else if (fr < values[order[n - 1]!]!) {
			[points[worst], values[worst]] = [reflected, fr];
		} else {
			const outside = fr < values[worst]!;
			const contracted = trial(centroid, outside ? reflected : points[worst]!, 0.5);
			const fc = f(contracted);
			if (fc < (outside ? fr : values[worst]!)) [points[worst], values[worst]] = [contracted, fc];
			else
				for (let k = 1; k <= n; k++) {
					const j = order[k]!;
					points[j] = trial(points[best]!, points[j]!, 0.5);
					values[j] = f(points[j]!);
				}
		}
	}
	let best = 0;
	for (let i = 1; i <= n; i++) if (values[i]! < values[best]!) best = i;
	return { x: points[best]!, fx: values[best]! };
}
