import { globalForecasts } from '../../planner/forecast/globalModel/globalForecasts.js';
import { globalGate } from '../../planner/forecast/globalModel/globalGate.js';
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
		return {
			id: `${base.id}#${i}`,
			period: base.period,
			horizon: base.horizon,
			values: slice.map((v) => v * factor + 0.02 * sd * rng.normal())
		};
	});
}

/**
 * Times the full pipeline on every series, `steps` ahead, end to end: training the global model (one per season
 * length, in its worker), its inference, the batch's gate (as `analyse forecast --global auto` runs it), rolling-origin
 * backtests of every method at the series' own horizon, the choice, and the intervals. The seasonal naive forecast of
 * all series, timed in the same run, is the reference.
 */
export async function measureSpeed(
	series: readonly BenchSeries[],
	steps: number,
	port: GlobalModelPort,
	model: Partial<GlobalModelOptions>,
	now: () => number
) {
	const cpu0 = process.cpuUsage();
	const t0 = now();
	for (const s of series) seasonalNaive(s.values, steps, s.period);
	const referenceMs = now() - t0;
	const groups = new Map<number, number[]>();
	series.forEach((s, i) => groups.set(s.period, [...(groups.get(s.period) ?? []), i]));
	const list = [...groups];
	let trainMs = 0;
	let localMs = 0;
	let gateMs = 0;
	const used: boolean[] = [];
	let ok = 0;
	const wallStart = now();
	const optionsOf = (k: number) => {
		const [period, members] = list[k]!;
		return { period, horizon: steps, backtestHorizon: series[members[0]!]!.horizon };
	};
	const launch = (k: number) =>
		globalForecasts(
			port,
			list[k]![1].map((i) => series[i]!.values),
			optionsOf(k),
			model,
			now
		);
	// The worker trains the next group while this thread forecasts the current one, so both cores work.
	let pending = launch(0);
	for (let k = 0; k < list.length; k++) {
		const { forecasts, run } = await pending;
		if (k + 1 < list.length) pending = launch(k + 1);
		trainMs += run.trainMs;
		const gateStart = now();
		const values = list[k]![1].map((i) => series[i]!.values);
		const gate = globalGate(values, forecasts, optionsOf(k));
		used.push(gate.use);
		gateMs += now() - gateStart;
		const localStart = now();
		list[k]![1].forEach((i, j) => {
			const ext = gate.use ? forecasts[j] : null;
			const r = forecastSeries(series[i]!.values, optionsOf(k), ext ? [ext] : []);
			if (r.status === 'ok' && r.point.length === steps) ok++;
		});
		localMs += now() - localStart;
	}
	const wallMs = now() - wallStart;
	// CPU time of the whole process (main thread and the model's worker): fairer than wall time on a shared machine.
	const cpu = process.cpuUsage(cpu0);
	return {
		series: series.length,
		forecasts: ok,
		referenceMs,
		wallMs,
		trainMs,
		localMs,
		gateMs,
		gateUsed: used,
		cpuMs: (cpu.user + cpu.system) / 1000
	};
}

/**
 * Times the product's default batch pipeline (local methods, selection and intervals; the global model is opt-in) on
 * every series, `steps` ahead, on this thread: wall clock and the process's CPU time.
 */
export function measureDefaultSpeed(series: readonly BenchSeries[], steps: number, now: () => number) {
	const cpu0 = process.cpuUsage();
	const t0 = now();
	let ok = 0;
	for (const s of series) {
		const r = forecastSeries(s.values, { period: s.period, horizon: steps, backtestHorizon: s.horizon });
		if (r.status === 'ok' && r.point.length === steps) ok++;
	}
	const wallMs = now() - t0;
	const cpu = process.cpuUsage(cpu0);
	return { series: series.length, forecasts: ok, wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}
