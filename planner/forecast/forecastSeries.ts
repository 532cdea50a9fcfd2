import { mean } from 'simple-statistics';
import { maseScale } from './backtest.js';
import { intermittentZeroShare } from './tsb.js';
import { defaults } from './defaults.js';
import { conformalWidths } from './intervals.js';
import { localMethod } from './localMethod.js';
import { backtestSteps, prepareHistory } from './prepareHistory.js';
import { combinationRun } from './combination.js';
import type {
	ExternalForecasts,
	ForecastOptions,
	LocalRun,
	MethodName,
	MethodScore,
	SeriesForecast
} from './types.js';

// Simpler first: a later method must score strictly better (or beyond `tolerance`) to be chosen.
const order: readonly MethodName[] = [
	'naive',
	'seasonal-naive',
	'tsb',
	'theta',
	'holt-winters',
	'ets',
	'combination',
	'global'
];

/**
 * Forecasts one series: rolling-origin backtests of every method, the method with the lowest backtest loss
 * (`selectBy`: RMSSE on intermittent series, MASE otherwise) chosen (a simpler one wins unless beaten by more than `tolerance`), intervals from the chosen method's backtest errors, and stale-sensor handling (the forecast runs
 * on from the last reading; intervals are those of the longer lead time). `raw` may contain NaN for missing windows.
 * External forecasts (the global model) must be made at the origins `prepareHistory` gives for the same options.
 */
export function forecastSeries(
	raw: readonly number[],
	options: Partial<ForecastOptions> = {},
	external: readonly ExternalForecasts[] = []
): SeriesForecast {
	const o: ForecastOptions = { ...defaults, ...options };
	const prepared = prepareHistory(raw, o);
	if (prepared.status === 'too-short') return prepared;
	const { y, stale, filled, origins } = prepared;
	const h = o.horizon;
	const hb = backtestSteps(o);
	const scale = maseScale(y, origins[0]!, o.period);
	const squaredScale = maseScale(y, origins[0]!, o.period, 2);
	const zeros = y.filter((v) => v === 0).length / y.length;
	const notes: string[] = [];
	const scored: { score: MethodScore; errors: number[][]; final: readonly number[] }[] = [];
	const candidates: {
		method: MethodName;
		atOrigins: (origin: number, k: number) => readonly number[];
		final: () => readonly number[] | null;
	}[] = [];
	const runs = new Map<MethodName, ReturnType<LocalRun>>();
	for (const method of o.methods) {
		const f = localMethod(method);
		if (!f || (method === 'tsb' && zeros < intermittentZeroShare)) continue;
		// The combination reuses the ETS run when ETS is tried too (ETS is most of the time of both).
		const run = method === 'combination' ? combinationRun(runs.get('ets') ?? null) : f.run;
		const r = run(y, origins, hb, h + stale, o.period);
		runs.set(method, r);
		candidates.push({ method, atOrigins: (_, k) => r.atOrigins[k]!, final: () => r.final });
	}
	for (const e of external) {
		if (e.atOrigins.length !== origins.length)
			throw new RangeError(
				`${e.method}: ${e.atOrigins.length} backtest forecasts for ${origins.length} origins`
			);
		candidates.push({
			method: e.method,
			atOrigins: (_, k) => e.atOrigins[k]!,
			final: () => (e.final.length >= h + stale ? e.final : null)
		});
	}
	for (const c of candidates) {
		const final = c.final();
		if (!final) {
			notes.push(
				`${c.method} left out: it forecasts ${h} steps from the last reading, ${stale} more are needed for the silent sensor`
			);
			continue;
		}
		const errors: number[][] = [];
		let abs = 0;
		let squared = 0;
		let count = 0;
		origins.forEach((origin, k) => {
			const f = c.atOrigins(origin, k);
			const row: number[] = [];
			for (let j = 0; j < hb; j++) {
				const e = y[origin + j]! - f[j]!;
				row.push(e);
				abs += Math.abs(e);
				squared += e * e;
				count++;
			}
			errors.push(row);
		});
		const mae = abs / count;
		scored.push({
			score: {
				method: c.method,
				mase: Number.isNaN(scale) ? Number.NaN : mae / scale,
				rmsse: Number.isNaN(squaredScale) ? Number.NaN : Math.sqrt(squared / count) / squaredScale,
				mae,
				origins: origins.length
			},
			errors,
			final
		});
	}
	// Within one series the scale is common, so RMSE ranks as RMSSE and MAE as MASE (also when the scale is NaN).
	const squaredLoss =
		(o.selectBy === 'rmsse' || (o.selectBy === 'auto' && zeros >= intermittentZeroShare)) &&
		!Number.isNaN(squaredScale);
	const rank = (s: MethodScore) => {
		const l = squaredLoss ? s.rmsse * squaredScale : s.mae;
		return Number.isFinite(l) ? l : Number.POSITIVE_INFINITY;
	};
	scored.sort(
		(a, b) => rank(a.score) - rank(b.score) || order.indexOf(a.score.method) - order.indexOf(b.score.method)
	);
	// Parsimony: with a few origins the winner's edge is partly luck, so a more complex method must win clearly.
	const bar = rank(scored[0]!.score) * (1 + o.tolerance);
	let best = scored[0]!;
	for (const s of scored)
		if (rank(s.score) <= bar && order.indexOf(s.score.method) < order.indexOf(best.score.method)) best = s;
	scored.splice(scored.indexOf(best), 1);
	scored.unshift(best);
	const widths = conformalWidths(best.errors, o.level, h + stale);
	const floor = o.nonNegative ? 0 : Number.NEGATIVE_INFINITY;
	const point = best.final.slice(stale, stale + h).map((p) => Math.max(floor, p));
	const w = widths.slice(stale, stale + h);
	let staleInfo: { steps: number; widening: number } | null = null;
	if (stale > 0) {
		const widening = mean(w) / mean(widths.slice(0, h));
		staleInfo = { steps: stale, widening };
		notes.push(
			`no reading for the last ${stale} steps: the forecast continues from the last reading and its intervals are ${widening.toFixed(2)}× as wide`
		);
	}
	if (filled > 0) notes.push(`${filled} missing points inside the history were interpolated linearly`);
	return {
		status: 'ok',
		method: best.score.method,
		scores: scored.map((s) => s.score),
		point,
		lower: point.map((p, j) => Math.max(floor, p - w[j]!)),
		upper: point.map((p, j) => p + w[j]!),
		level: o.level,
		stale: staleInfo,
		errors: best.errors,
		filled,
		notes
	};
}
