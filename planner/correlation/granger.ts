import { fUpperTail } from './distributions.js';
import { leastSquares } from './leastSquares.js';
import type { GrangerResult } from './types.js';

/**
 * Granger-style test that `cause` helps predict `effect`: compares the restricted regression
 * effect_t ~ 1 + effect_{t−1..t−p} with the unrestricted one that adds cause_{t−1..t−lagFrom−p+1},
 * by F = ((RSS_r − RSS_u)/p) / (RSS_u/(n − 2p − 1)) (Granger 1969, Econometrica 37(3):424–438).
 * `lagFrom` (≥ 1) is where the cause's lags start, so a relation known to act after 5 steps is tested at lags 5..5+p−1.
 * A hint, not proof: a third series driving both also passes. Returns null with too few complete rows.
 */
export function grangerTest(
	cause: readonly number[],
	effect: readonly number[],
	order: number,
	lagFrom = 1
): GrangerResult | null {
	const maxBack = Math.max(order, lagFrom + order - 1);
	const rows: number[] = [];
	for (let t = maxBack; t < Math.min(cause.length, effect.length); t++) {
		let ok = Number.isFinite(effect[t]);
		for (let l = 1; l <= order && ok; l++) ok = Number.isFinite(effect[t - l]);
		for (let l = lagFrom; l < lagFrom + order && ok; l++) ok = Number.isFinite(cause[t - l]);
		if (ok) rows.push(t);
	}
	const n = rows.length;
	const dfResidual = n - 2 * order - 1;
	if (dfResidual < 5) return null;
	const y = rows.map((t) => effect[t]!);
	const own = [
		rows.map(() => 1),
		...Array.from({ length: order }, (_, l) => rows.map((t) => effect[t - l - 1]!))
	];
	const other = Array.from({ length: order }, (_, l) => rows.map((t) => cause[t - lagFrom - l]!));
	const restricted = leastSquares(own, y);
	const unrestricted = leastSquares([...own, ...other], y);
	if (unrestricted.rss <= 1e-300) return { f: Number.POSITIVE_INFINITY, p: 0, order, n };
	const f = Math.max(0, restricted.rss - unrestricted.rss) / order / (unrestricted.rss / dfResidual);
	return { f, p: fUpperTail(f, order, dfResidual), order, n };
}
