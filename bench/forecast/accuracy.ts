import { globalForecasts } from '../../planner/forecast/globalModel/globalForecasts.js';
import { globalGate } from '../../planner/forecast/globalModel/globalGate.js';
import type {
	GlobalGate,
	GlobalModelOptions,
	GlobalModelPort
} from '../../planner/forecast/globalModel/types.js';
import {
	forecastSeries,
	localMethod,
	maseScale,
	type ExternalForecasts,
	type MethodName
} from '../../planner/forecast/index.js';
import type { BenchSeries } from './loadVegaSeries.js';

/** Accuracy of every method and of the per-series choice on the last `horizon` points of each series (never seen). */
export interface Accuracy {
	readonly meanMase: Readonly<
		Record<MethodName | 'selection' | 'selection-with-global' | 'selection-gated-global', number>
	>;
	/** Per batch (series of one season and horizon, as the global model is trained): the gate's verdict. */
	readonly gates: Readonly<Record<string, GlobalGate>>;
	/** How often each method was chosen by the default selection, and when the global model is passed in too. */
	readonly chosen: Readonly<Record<string, number>>;
	readonly chosenWithGlobal: Readonly<Record<string, number>>;
	/** Share of held-out values inside the selection's 90% intervals: pooled over points, and the mean over series. */
	readonly coveragePooled: number;
	readonly coverageBySeries: number;
	readonly rows: readonly {
		readonly id: string;
		readonly mase: Readonly<Record<string, number>>;
		readonly chosen: MethodName;
		readonly coverage: number;
	}[];
	readonly globalTrainMs: number;
}

const mase = (test: readonly number[], f: readonly number[], scale: number) =>
	test.reduce((a, y, j) => a + Math.abs(y - f[j]!), 0) / test.length / scale;

/**
 * Holds out the last `horizon` points of each series, trains the global model on the rest (one model per season and
 * horizon group, and only on windows before each series' backtest origins), forecasts with every method and with the
 * per-series selection, and scores MASE against the in-sample seasonal-naive scale (Hyndman & Koehler 2006).
 */
export async function measureAccuracy(
	series: readonly BenchSeries[],
	port: GlobalModelPort,
	model: Partial<GlobalModelOptions>,
	now: () => number
): Promise<Accuracy> {
	const groups = new Map<string, number[]>();
	series.forEach((s, i) =>
		groups.set(`${s.period}/${s.horizon}`, [...(groups.get(`${s.period}/${s.horizon}`) ?? []), i])
	);
	const external: (ExternalForecasts | null)[] = series.map(() => null);
	const gates: Record<string, GlobalGate> = {};
	const gateOf: GlobalGate[] = [];
	let globalTrainMs = 0;
	for (const [group, members] of groups) {
		const first = series[members[0]!]!;
		const trains = members.map((i) => series[i]!.values.slice(0, -series[i]!.horizon));
		const { forecasts, run } = await globalForecasts(
			port,
			trains,
			{ period: first.period, horizon: first.horizon },
			model,
			now
		);
		globalTrainMs += run.trainMs;
		members.forEach((i, k) => (external[i] = forecasts[k] ?? null));
		// The batch decides from its own backtest, as `analyse forecast --global auto` does.
		gates[group] = globalGate(trains, forecasts, { period: first.period, horizon: first.horizon });
		members.forEach((i) => (gateOf[i] = gates[group]!));
	}
	const methods: MethodName[] = [
		'naive',
		'seasonal-naive',
		'theta',
		'holt-winters',
		'holt-winters-fast-trend',
		'ets',
		'combination',
		'global'
	];
	const sums: Record<string, number> = {};
	const chosen: Record<string, number> = {};
	const chosenWithGlobal: Record<string, number> = {};
	let inside = 0;
	let total = 0;
	let coverageSum = 0;
	const rows: Accuracy['rows'][number][] = [];
	series.forEach((s, i) => {
		const train = s.values.slice(0, -s.horizon);
		const test = s.values.slice(-s.horizon);
		const scale = maseScale(train, train.length, s.period);
		const row: Record<string, number> = {};
		for (const m of methods) {
			const local = localMethod(m);
			const f = local ? local.forecast(train.slice(-1000), s.horizon, s.period) : external[i]?.final;
			row[m] = f ? mase(test, f, scale) : Number.NaN;
		}
		const ext = external[i];
		// The selection as the product makes it by default (the global model is opt-in), and with the global model.
		const r = forecastSeries(train, { period: s.period, horizon: s.horizon });
		const withGlobal = forecastSeries(train, { period: s.period, horizon: s.horizon }, ext ? [ext] : []);
		if (r.status !== 'ok' || withGlobal.status !== 'ok')
			throw new Error(`${s.id}: too short (${train.length} points)`);
		row['selection'] = mase(test, r.point, scale);
		row['selection-with-global'] = mase(test, withGlobal.point, scale);
		row['selection-gated-global'] = gateOf[i]?.use ? row['selection-with-global'] : row['selection'];
		chosenWithGlobal[withGlobal.method] = (chosenWithGlobal[withGlobal.method] ?? 0) + 1;
		let seriesInside = 0;
		test.forEach((y, j) => {
			if (y >= r.lower[j]! && y <= r.upper[j]!) seriesInside++;
		});
		inside += seriesInside;
		total += test.length;
		coverageSum += seriesInside / test.length;
		chosen[r.method] = (chosen[r.method] ?? 0) + 1;
		for (const [k, v] of Object.entries(row)) sums[k] = (sums[k] ?? 0) + v;
		rows.push({ id: s.id, mase: row, chosen: r.method, coverage: seriesInside / test.length });
	});
	const meanMase = Object.fromEntries(
		Object.entries(sums).map(([k, v]) => [k, v / series.length])
	) as Accuracy['meanMase'];
	return {
		meanMase,
		chosen,
		coveragePooled: inside / total,
		coverageBySeries: coverageSum / series.length,
		rows,
		chosenWithGlobal,
		gates,
		globalTrainMs
	};
}
