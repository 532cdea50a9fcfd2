import { incompleteBeta } from './incompleteBeta.js';

/**
 * Two-sided p-value of Student's t with `df` degrees of freedom: P(|T| ≥ |t|) = I_{df/(df+t²)}(df/2, 1/2)
 * (Numerical Recipes 3rd ed., §6.14.3; Abramowitz & Stegun 26.7.1).
 */
export function studentTTwoSided(t: number, df: number): number {
	if (!(df > 0)) throw new RangeError(`Student t needs df > 0, got ${df}`);
	if (Number.isNaN(t)) return Number.NaN;
	if (!Number.isFinite(t)) return 0;
	return incompleteBeta(df / (df + t * t), df / 2, 0.5);
}

/** Upper tail of Fisher's F(d1, d2): P(F ≥ f) = I_{d2/(d2+d1 f)}(d2/2, d1/2) (Abramowitz & Stegun 26.6.2). */
export function fUpperTail(f: number, d1: number, d2: number): number {
	if (!(d1 > 0) || !(d2 > 0)) throw new RangeError(`F needs d1, d2 > 0, got ${d1}, ${d2}`);
	if (Number.isNaN(f)) return Number.NaN;
	if (f <= 0) return 1;
	if (!Number.isFinite(f)) return 0;
	return incompleteBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
}
