import { defaults } from './defaults.js';
import { collapse, growthStep, type Growth } from './linearGrowth.js';
import type { RegimeChange, RegimeKind, RegimeOptions, RegimeReport } from './types.js';

const kinds: readonly RegimeKind[] = ['steady', 'step', 'slope', 'transient'];

function robustNoise(y: readonly number[]): number {
	const d = y.slice(2).map((v, i) => v - 2 * y[i + 1]! + y[i]!);
	const med = (a: number[]) => {
		const s = [...a].sort((x, z) => x - z);
		return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
	};
	const m = med(d);
	// MAD of second differences (blind to level and slope, so trends do not inflate it); a second difference of
	// white noise has √6 times its standard deviation; 0.6745 turns a MAD into σ for normal data (Hampel 1974).
	const sigma = med(d.map((x) => Math.abs(x - m))) / 0.6745 / Math.sqrt(6);
	return sigma > 0 ? sigma : Math.max(1e-9, Math.abs(m) * 1e-3, 1e-9);
}

/**
 * Flags steps, slope changes and transients in a stream, in the spirit of Cyberstride (Cybersyn, 1972), which
 * ran Harrison & Stevens' Bayesian multi-process model (JRSS B 38:205–247, 1976). Each point is scored under
 * four processes; to tell a transient (the series returns) from a step (it stays), a point is judged only after
 * `lookahead` more points, each run through the steady model. The filter then carries on with the moment-matched
 * mixture. The observation noise is estimated robustly over the whole window. NaN points are skipped. Returns
 * the changes whose posterior exceeds `threshold`, one per run of flags.
 */
export function detectRegimeChanges(
	values: readonly number[],
	options: Partial<RegimeOptions> = {},
	times: readonly number[] | null = null
): RegimeReport {
	const o: RegimeOptions = { ...defaults, ...options };
	const idx = values.map((v, i) => [v, i] as const).filter(([v]) => Number.isFinite(v));
	const need = Math.max(o.warmup, 8) + o.lookahead + 1;
	if (idx.length < need) return { status: 'too-short', have: idx.length, need };
	const y = idx.map(([v]) => v);
	const v = robustNoise(y) ** 2;
	const steadyW = [0.01 * v, 0.0005 * v] as const;
	const params: Record<RegimeKind, { v: number; wl: number; ws: number }> = {
		steady: { v, wl: steadyW[0], ws: steadyW[1] },
		step: { v, wl: o.stepVariance * v, ws: steadyW[1] },
		slope: { v, wl: steadyW[0], ws: o.slopeVariance * v },
		transient: { v: o.transientVariance * v, wl: steadyW[0], ws: steadyW[1] }
	};
	const logPrior = kinds.map((k) => Math.log(o.prior[k]));
	// Log marginal likelihood of the next `depth` points from state s, summing over every process at every step:
	// a later change then explains itself instead of leaking into this point's verdict (4^depth branches).
	// `forbid` leaves one process out, to get the probability that it happened nowhere in the window.
	const logSumExp = (terms: readonly number[]) => {
		const m = Math.max(...terms);
		return m === Number.NEGATIVE_INFINITY ? m : m + Math.log(terms.reduce((a, x) => a + Math.exp(x - m), 0));
	};
	// At most one further change is allowed inside the look-ahead (two changes within a few points are rare under
	// the priors), which keeps the cost quadratic instead of exponential in its length.
	const future = (s: Growth, t: number, depth: number, forbid: RegimeKind | null, changes = 1): number => {
		if (depth === 0 || t >= y.length) return 0;
		return logSumExp(
			kinds.map((k, i) => {
				if (k === forbid || (k !== 'steady' && changes === 0)) return Number.NEGATIVE_INFINITY;
				const p = params[k];
				const step = growthStep(s, y[t]!, p.v, p.wl, p.ws);
				return (
					logPrior[i]! +
					step.logLik +
					future(step.state, t + 1, depth - 1, forbid, k === 'steady' ? changes : changes - 1)
				);
			})
		);
	};
	let state: Growth = { level: y[0]!, slope: 0, c00: v, c01: 0, c11: v };
	const probabilities: Record<RegimeKind, number>[] = [];
	const windowed: Record<RegimeKind, number>[] = [];
	const before: Growth[] = [];
	const after: Growth[] = [];
	for (let t = 1; t + o.lookahead < y.length; t++) {
		const branch = kinds.map((k, i) => {
			const p = params[k];
			const first = growthStep(state, y[t]!, p.v, p.wl, p.ws);
			return {
				kind: k,
				state: first.state,
				first: logPrior[i]! + first.logLik,
				logLik: logPrior[i]! + first.logLik + future(first.state, t + 1, o.lookahead, null)
			};
		});
		const all = logSumExp(branch.map((b) => b.logLik));
		const noneOf = (kind: RegimeKind) =>
			logSumExp(
				branch.map((b) =>
					b.kind === kind ? Number.NEGATIVE_INFINITY : b.first + future(b.state, t + 1, o.lookahead, kind)
				)
			);
		windowed.push(
			Object.fromEntries(
				kinds.map((k) => [k, k === 'steady' ? 0 : Math.max(0, 1 - Math.exp(noneOf(k) - all))])
			) as Record<RegimeKind, number>
		);
		const max = Math.max(...branch.map((b) => b.logLik));
		const w = branch.map((b) => Math.exp(b.logLik - max));
		const total = w.reduce((a, b) => a + b, 0);
		const post = w.map((x) => x / total);
		probabilities.push(Object.fromEntries(kinds.map((k, i) => [k, post[i]!])) as Record<RegimeKind, number>);
		before.push(state);
		state = collapse(
			branch.map((b) => b.state),
			post
		);
		after.push(state);
	}
	// A gradual change (a new slope) spreads its evidence over the few points where it could have begun, so a kind's
	// probability is that of it happening anywhere in the window t..t+lookahead; windows above the bar form one change,
	// placed at its most probable point. Where kinds overlap, the more probable one is kept.
	const candidates: RegimeChange[] = [];
	for (const kind of ['step', 'slope', 'transient'] as const) {
		let group: { prob: number; at: number } | null = null;
		const flush = () => {
			if (!group) return;
			const a = group.at;
			// "After" is read once the look-ahead has been absorbed: one point alone barely moves a slope.
			const settled = Math.min(after.length - 1, a + o.lookahead);
			const i = idx[a + 1]![1];
			candidates.push({
				index: i,
				time: times ? (times[i] ?? null) : null,
				kind,
				probability: group.prob,
				levelBefore: before[a]!.level + before[a]!.slope,
				levelAfter: after[settled]!.level - (settled - a) * after[settled]!.slope,
				slopeBefore: before[a]!.slope,
				slopeAfter: after[settled]!.slope
			});
			group = null;
		};
		for (let t = 0; t < probabilities.length; t++) {
			const prob = windowed[t]![kind];
			if (prob > o.threshold) {
				let at = t;
				for (let u = t; u < Math.min(probabilities.length, t + o.lookahead + 1); u++)
					if (probabilities[u]![kind] > probabilities[at]![kind]) at = u;
				if (group && probabilities[at]![kind] > probabilities[group.at]![kind]) group.at = at;
				group = group ? { prob: Math.max(group.prob, prob), at: group.at } : { prob, at };
			} else flush();
		}
		flush();
	}
	candidates.sort((a, b) => a.index - b.index || b.probability - a.probability);
	const changes: RegimeChange[] = [];
	for (const c of candidates) {
		const last = changes[changes.length - 1];
		if (last && c.index - last.index <= o.lookahead) {
			if (c.probability > last.probability) changes[changes.length - 1] = c;
		} else changes.push(c);
	}
	return { status: 'ok', changes, noise: Math.sqrt(v), probabilities };
}
