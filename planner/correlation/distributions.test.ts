import { describe, expect, it } from 'vitest';
import { fUpperTail, studentTTwoSided } from './distributions.js';
import { incompleteBeta, lnGamma } from './incompleteBeta.js';

// Reference values from scipy 1.17 (special.betainc, stats.t.sf, stats.f.sf).
describe('incompleteBeta', () => {
	it.each([
		[0.5, 2, 3, 0.6875],
		[0.1, 0.5, 0.5, 0.20483276469913345],
		[0.3, 10, 20, 0.3640040810719437],
		[0.41, 200, 300, 0.677628164772179]
	])('I_%f(%f, %f) = %f', (x, a, b, expected) => {
		expect(incompleteBeta(x, a, b)).toBeCloseTo(expected, 12);
	});
	it('is 0 and 1 at the ends and refuses bad arguments', () => {
		expect(incompleteBeta(0, 2, 3)).toBe(0);
		expect(incompleteBeta(1, 2, 3)).toBe(1);
		expect(() => incompleteBeta(1.5, 2, 3)).toThrow(/0 ≤ x ≤ 1/);
		expect(() => incompleteBeta(0.5, -1, 3)).toThrow(/a, b > 0/);
	});
	it('lnGamma matches factorials', () => {
		expect(lnGamma(10)).toBeCloseTo(Math.log(362880), 12);
		expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
	});
});

describe('Student t and F tails', () => {
	it.each([
		[2.0, 10, 0.07338803477074037],
		[3.5, 3, 0.039481037619282774],
		[0.1, 100, 0.9205445310958512],
		[6, 50, 2.1889394850799978e-7]
	])('two-sided p for t=%f, df=%f', (t, df, p) => {
		expect(studentTTwoSided(t, df) / p).toBeCloseTo(1, 10);
		expect(studentTTwoSided(-t, df) / p).toBeCloseTo(1, 10);
	});
	it.each([
		[3, 2, 10, 0.09536743164062497],
		[1.2, 5, 40, 0.3267075543087779],
		[10, 3, 200, 3.5948204444886414e-6]
	])('F=%f with (%f, %f)', (f, d1, d2, p) => {
		expect(fUpperTail(f, d1, d2) / p).toBeCloseTo(1, 10);
	});
});
