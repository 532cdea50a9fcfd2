import { etsRecursion } from './etsRecursion.js';
import { initialState } from './initialState.js';
import { nelderMead } from './nelderMead.js';
import type { EtsFit, EtsParams, EtsSpec, EtsState } from './types.js';

// R's ets "usual" bounds: 1e-4 ≤ alpha ≤ 1 − 1e-4, beta ≤ alpha, gamma ≤ 1 − alpha, 0.8 ≤ phi ≤ 0.98.
const low = 1e-4;
const phiLow = 0.8;
const phiHigh = 0.98;
const maxFreeSeason = 12;
const logistic = (u: number) => 1 / (1 + Math.exp(-u));
const logit = (p: number) => Math.log(p / (1 - p));

/** Maps the unconstrained simplex coordinates to parameters inside R's bounds (beta inside alpha, gamma inside 1 − alpha). */
function toParams(u: Float64Array, spec: EtsSpec): EtsParams {
	const alpha = low + (1 - 2 * low) * logistic(u[0]!);
	const beta = spec.trend === 'N' ? 0 : low + (alpha - 2 * low) * logistic(u[1]!);
	const gamma = spec.season === 'N' ? 0 : low + (1 - alpha - 2 * low) * logistic(u[2]!);
	const phi = spec.trend === 'Ad' ? phiLow + (phiHigh - phiLow) * logistic(u[3]!) : 1;
	return { alpha, beta, gamma, phi };
}

/**
 * Fits one ETS model by maximum likelihood as R's ets does (Nelder–Mead on R's −2 log-likelihood, from R's starting
 * values), optimising the smoothing parameters and the initial states. Initial seasonal indices are optimised for
 * seasons up to 12 (m − 1 of them; the last keeps their sum); longer seasons keep their decomposition values, since
 * 23 more coordinates made hourly fits ~10× slower, but count as parameters as in R.
 * The series is divided by its mean absolute value while fitting, so one simplex step suits every scale.
 */
export function fitEts(
	y: readonly number[],
	spec: EtsSpec,
	period: number,
	maxIterations: number
): EtsFit | null {
	const m = spec.season === 'N' ? 1 : period;
	const n = y.length;
	const np = 3 + (spec.trend === 'N' ? 0 : 2) + (spec.trend === 'Ad' ? 1 : 0) + (m >= 2 ? m : 0);
	if (n <= np + 1 || (m >= 2 && n < 2 * m)) return null;
	const c = y.reduce((a, v) => a + Math.abs(v), 0) / n || 1;
	const scaled = y.map((v) => v / c);
	const start = initialState(scaled, spec, m);
	const free = m >= 2 && m <= maxFreeSeason ? m - 1 : 0;
	const withStart = (u: Float64Array): EtsState => {
		if (free === 0) return { level: start.level + u[4]!, trend: start.trend + u[5]!, season: start.season };
		const season = Float64Array.from(start.season);
		let sum = 0;
		for (let i = 0; i < free; i++) {
			season[i]! += u[6 + i]!;
			sum += u[6 + i]!;
		}
		season[m - 1]! -= sum;
		return { level: start.level + u[4]!, trend: start.trend + u[5]!, season };
	};
	const objective = (u: Float64Array) => {
		const lik = etsRecursion(scaled, spec, toParams(u, spec), withStart(u)).lik;
		return Number.isFinite(lik) ? lik : Number.MAX_VALUE;
	};
	// R's starting values: alpha a fifth of the way up its range over m, beta a tenth of alpha, gamma 5% of 1 − alpha, phi near its top.
	const alpha0 = low + (0.2 * (1 - 2 * low)) / m;
	const u0 = [
		logit((alpha0 - low) / (1 - 2 * low)),
		logit(0.1),
		logit(0.05),
		logit(0.99),
		0,
		0,
		...Array.from({ length: free }, () => 0)
	];
	const steps = [1, 1, 1, 1, 0.05, 0.01, ...Array.from({ length: free }, () => 0.02)];
	const used = [
		true,
		spec.trend !== 'N',
		spec.season !== 'N',
		spec.trend === 'Ad',
		true,
		spec.trend !== 'N',
		...Array.from({ length: free }, () => true)
	];
	const index = used.flatMap((u, i) => (u ? [i] : []));
	const full = Float64Array.from(u0);
	const expand = (v: Float64Array) => {
		const u = Float64Array.from(full);
		index.forEach((i, k) => (u[i] = v[k]!));
		return u;
	};
	const f = (v: Float64Array) => objective(expand(v));
	const first = nelderMead(
		f,
		index.map((i) => u0[i]!),
		index.map((i) => steps[i]!),
		maxIterations
	);
	// One restart from the optimum with a fresh simplex (a collapsed simplex stalls: Wright 1996, "Direct search
	// methods: once scorned, now respectable"); on the fixture's series it closed most of the gap to R's likelihood.
	const best = nelderMead(
		f,
		Array.from(first.x),
		index.map((i) => steps[i]!),
		maxIterations
	);
	const u = expand(best.x);
	const params = toParams(u, spec);
	const s = withStart(u);
	const init: EtsState = {
		level: s.level * c,
		trend: s.trend * c,
		season: spec.season === 'M' ? s.season : s.season.map((v) => v * c)
	};
	const { lik, state } = etsRecursion(y, spec, params, init);
	if (!Number.isFinite(lik)) return null;
	return {
		spec,
		m,
		params,
		init,
		state,
		n,
		lik,
		np,
		aicc: lik + 2 * np + (2 * np * (np + 1)) / (n - np - 1)
	};
}
