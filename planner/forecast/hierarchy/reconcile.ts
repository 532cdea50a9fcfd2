import { Matrix, pseudoInverse } from 'ml-matrix';
import type { Reconciliation } from './types.js';

/**
 * The covariance of the nodes' errors shrunk towards its diagonal with the intensity of Schäfer & Strimmer (2005,
 * Stat. Appl. Genet. Mol. Biol. 4:32), λ = Σ_{i≠j} Var(r_ij) / Σ_{i≠j} r_ij², as the R package hts computes it
 * (`shrink.estim`: errors taken as mean 0, so cross-products over k columns).
 */
function shrunkCovariance(errors: readonly (readonly number[])[]): { lambda: number; covariance: Matrix } {
	const n = errors.length;
	const k = errors[0]!.length;
	const cov = new Matrix(n, n);
	for (let i = 0; i < n; i++)
		for (let j = i; j < n; j++) {
			const c = errors[i]!.reduce((a, v, t) => a + v * errors[j]![t]!, 0) / k;
			cov.set(i, j, c).set(j, i, c);
		}
	const sd = Array.from({ length: n }, (_, i) => Math.sqrt(cov.get(i, i)) || 1);
	const xs = errors.map((e, i) => e.map((v) => v / sd[i]!));
	let varSum = 0;
	let squareSum = 0;
	for (let i = 0; i < n; i++)
		for (let j = 0; j < n; j++) {
			if (i === j) continue;
			let fourth = 0;
			let cross = 0;
			for (let t = 0; t < k; t++) {
				fourth += xs[i]![t]! ** 2 * xs[j]![t]! ** 2;
				cross += xs[i]![t]! * xs[j]![t]!;
			}
			varSum += (fourth - (cross * cross) / k) / (k * (k - 1));
			squareSum += (cov.get(i, j) / (sd[i]! * sd[j]!)) ** 2;
		}
	const lambda = squareSum > 0 ? Math.min(1, Math.max(0, varSum / squareSum)) : 1;
	const covariance = cov.clone();
	for (let i = 0; i < n; i++)
		for (let j = 0; j < n; j++) if (i !== j) covariance.set(i, j, (1 - lambda) * cov.get(i, j));
	return { lambda, covariance };
}

/**
 * Makes base forecasts coherent (every total the sum of its parts) by the MinT projection ỹ = S (Sᵀ W⁻¹ S)⁻¹ Sᵀ W⁻¹ ŷ
 * (Wickramasuriya, Athanasopoulos & Hyndman 2019, JASA 114:804–819), W the covariance of the nodes' forecast errors
 * shrunk towards its diagonal ("MinT-shrink"). With too few aligned errors for a covariance (fewer columns than
 * nodes would make it singular without shrinkage, and fewer than 3 leave λ meaningless) W is the diagonal of the
 * nodes' error variances ("WLS-var"). `errors` holds each node's backtest errors, same order as `base`.
 */
export function reconcile(
	summing: readonly (readonly number[])[],
	base: readonly (readonly number[])[],
	errors: readonly (readonly number[])[]
): Reconciliation {
	const S = new Matrix(summing.map((r) => [...r]));
	const aligned = errors.every((e) => e.length === errors[0]!.length) && errors[0]!.length >= 3;
	const variance = (e: readonly number[]) => e.reduce((a, v) => a + v * v, 0) / e.length || 1;
	const shrunk = aligned ? shrunkCovariance(errors) : null;
	const W = shrunk ? shrunk.covariance : Matrix.diag(errors.map(variance));
	const Winv = pseudoInverse(W);
	const StWinv = S.transpose().mmul(Winv);
	const P = pseudoInverse(StWinv.mmul(S)).mmul(StWinv);
	const Y = new Matrix(base.map((r) => [...r]));
	const reconciled = S.mmul(P).mmul(Y);
	return {
		method: shrunk ? 'mint-shrink' : 'wls-variance',
		lambda: shrunk ? shrunk.lambda : null,
		forecasts: reconciled.to2DArray()
	};
}
