import { correlate } from './correlate.js';
import type { Correlation, CorrelationMethod } from './types.js';

/**
 * The correlation again without its `drop` most influential events: the pair with the largest |x − x̄|·|y − ȳ|
 * product (which carries Pearson's numerator) together with the `spread` pairs on each side, since pre-whitening
 * by an AR(p) filter echoes one event over the next p steps (and the largest product may be an echo). One shared
 * collapse — three regions' consumption hitting 0 on the same day — is one huge product in every pair and makes
 * r ≈ 1 by itself; without it nothing is left. A relation whose significance does not survive this is called
 * fragile (cf. Cook's distance, Cook 1977, Technometrics 19:15–18). The caller re-tests with Spearman's ρ: ranks
 * also keep a loud stretch (before a collapse) from standing in for it.
 */
export function withoutInfluential(
	method: CorrelationMethod,
	xs: readonly number[],
	ys: readonly number[],
	drop: number,
	spread = 0
): Correlation {
	const keep: number[] = [];
	for (let i = 0; i < xs.length; i++) if (Number.isFinite(xs[i]) && Number.isFinite(ys[i])) keep.push(i);
	if (keep.length === 0) return { r: Number.NaN, n: 0, p: Number.NaN };
	const mx = keep.reduce((a, i) => a + xs[i]!, 0) / keep.length;
	const my = keep.reduce((a, i) => a + ys[i]!, 0) / keep.length;
	const weight = (i: number) => Math.abs((xs[i]! - mx) * (ys[i]! - my));
	const dropped = new Set<number>();
	for (const i of [...keep].sort((a, b) => weight(b) - weight(a) || a - b)) {
		if (dropped.size >= drop * (2 * spread + 1)) break;
		if (dropped.has(i)) continue;
		for (let k = -spread; k <= spread; k++) dropped.add(i + k);
		if (dropped.size >= drop * (2 * spread + 1)) break;
	}
	const rest = keep.filter((i) => !dropped.has(i));
	return correlate(
		method,
		rest.map((i) => xs[i]!),
		rest.map((i) => ys[i]!)
	);
}
