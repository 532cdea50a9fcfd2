import { globalForecasts } from '../../planner/forecast/globalModel/globalForecasts.js';
import type { GlobalModelOptions, GlobalModelPort } from '../../planner/forecast/globalModel/types.js';
import { forecastSeries, seasonalNaive, seededRandom } from '../../planner/forecast/index.js';
import type { BenchSeries } from './loadVegaSeries.js';

/** Replicates the real series into `count` perturbed copies (scaled ±10%, 2% noise; hourly ones cut at random offsets). */
export function replicate(series: readonly BenchSeries[], count: number, seed: number): BenchSeries[] {
	const rng = seededRandom(seed);
	return Array.from({ length: count }, (_, i) => {
		const base = series[i % series.length]!;
		const length = Math.min(base.values.length, base.period >= 24 ? 1200 : base.values.length);
		const offset = Math.floor(rng.next() * (base.values.length - length + 1));
		const slice = base.values.slice(offset, offset + length);
		const mean = slice.reduce((a, b) => a + b, 0) / slice.length;
		const sd = Math.sqrt(slice.reduce((a, b) => a + (b - mean) ** 2, 0) / slice.length) || 1;
		const factor = 0.9 + 0.2 * rng.next();
		return { id: `${base.id}#${i}`, period: base.period, horizon: base.horizon, values: slice.map((v) => v * factor + 0.02 * sd * rng.normal()) };
	});
}

/**
 * Times the full pipeline on every series, `steps` ahead: global-model inference (training timed apart), rolling-origin
 * backtests of every method at the series' own horizon, the choice, and the intervals. The seasonal naive forecast of
 * all series, timed in the same run, is the reference.
 */
export async function measureSpeed(series: readonly BenchSeries[], steps: number, port: GlobalModelPort, model: Partial<GlobalModelOptions>, now: () => number) {
	const cpu0 = process.cpuUsage();
	const t0 = now();
	for (const s of series) seasonalNaive(s.values, steps, s.period);
	const referenceMs = now() - t0;
	const groups = new Map<number, number[]>();
	series.forEach((s, i) => groups.set(s.period, [...(groups.get(s.period) ?? []), i]));
	let trainMs = 0;
	let globalMs = 0;
	let localMs = 0;
	let ok = 0;
	for (const [period, members] of groups) {
		const backtestHorizon = series[members[0]!]!.horizon;
		const options = { period, horizon: steps, backtestHorizon };
		const started = now();
		const { forecasts, run } = await globalForecasts(port, members.map((i) => series[i]!.values), options, model, now);
		trainMs += run.trainMs;
		globalMs += now() - started - run.trainMs;
		const localStart = now();
		members.forEach((i, k) => {
			const ext = forecasts[k];
			const r = forecastSeries(series[i]!.values, options, ext ? [ext] : []);
			if (r.status === 'ok' && r.point.length === steps) ok++;
		});
		localMs += now() - localStart;
	}
	// CPU time of the whole process (main thread and the model's worker): fairer than wall time on a shared machine.
	const cpu = process.cpuUsage(cpu0);
	return { series: series.length, forecasts: ok, referenceMs, trainMs, forecastMs: globalMs + localMs, globalInferenceMs: globalMs, localMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}
