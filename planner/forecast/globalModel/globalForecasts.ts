import { defaults } from '../defaults.js';
import { prepareHistory } from '../prepareHistory.js';
import type { ExternalForecasts, ForecastOptions } from '../types.js';
import { globalModelDefaults } from './defaults.js';
import type { GlobalModelOptions, GlobalModelPort } from './types.js';
import { inputLengthFor, normaliseWindow, seriesWindows } from './windows.js';

/** What training the global model cost and saw. */
export interface GlobalRun {
	readonly windows: number;
	readonly series: number;
	readonly trainMs: number;
}

/**
 * Trains one global model over many series that share `period` and `horizon`, then forecasts each series at its
 * backtest origins and from its end, so `forecastSeries` can weigh it against the local methods on equal terms.
 * Training only uses windows that end before each series' first backtest origin: the backtest stays out-of-sample.
 * Series too short for a window get null. The model is disposed before returning.
 */
export async function globalForecasts(
	port: GlobalModelPort,
	series: readonly (readonly number[])[],
	forecastOptions: Partial<ForecastOptions>,
	modelOptions: Partial<GlobalModelOptions> = {},
	now: () => number = () => 0
): Promise<{ forecasts: (ExternalForecasts | null)[]; run: GlobalRun }> {
	const fo: ForecastOptions = { ...defaults, ...forecastOptions };
	const mo: GlobalModelOptions = { ...globalModelDefaults, ...modelOptions };
	const length = inputLengthFor(mo.inputLength, fo.period);
	const h = fo.horizon;
	const prepared = series.map((raw) => prepareHistory(raw, fo));
	const inputs: Float32Array[] = [];
	const targets: Float32Array[] = [];
	let used = 0;
	const usable = prepared.filter((p) => p.status === 'ok' && p.origins.length > 0).length;
	const perSeries = Math.max(
		1,
		Math.min(mo.windowsPerSeries, Math.floor(mo.maxWindows / Math.max(1, usable)))
	);
	for (const p of prepared) {
		if (p.status !== 'ok' || p.origins.length === 0) continue;
		const ws = seriesWindows(p.y, p.origins[0]!, length, h, perSeries);
		if (ws.length > 0) used++;
		for (const w of ws) {
			inputs.push(w.input);
			targets.push(w.target);
		}
	}
	const empty = { forecasts: series.map(() => null), run: { windows: 0, series: 0, trainMs: 0 } };
	if (inputs.length === 0) return empty;
	const flat = (rows: Float32Array[], width: number) => {
		const out = new Float32Array(rows.length * width);
		rows.forEach((r, i) => out.set(r, i * width));
		return out;
	};
	const started = now();
	const model = await port.train(
		{
			inputs: flat(inputs, length),
			targets: flat(targets, h),
			count: inputs.length,
			inputLength: length,
			horizon: h
		},
		mo
	);
	const trainMs = now() - started;
	try {
		// One batched prediction for every series' origins and end.
		const requests: { series: number; level: number; scale: number }[] = [];
		const rows: Float32Array[] = [];
		prepared.forEach((p, s) => {
			if (p.status !== 'ok') return;
			for (const end of [...p.origins, p.y.length]) {
				const w = normaliseWindow(p.y, end, length);
				if (!w) return;
				requests.push({ series: s, level: w.level, scale: w.scale });
				rows.push(w.input);
			}
		});
		const out = rows.length > 0 ? await model.predict(flat(rows, length), rows.length) : new Float32Array(0);
		const bySeries = new Map<number, number[][]>();
		requests.forEach((r, i) => {
			const f = Array.from(out.subarray(i * h, (i + 1) * h), (v) => v * r.scale + r.level);
			bySeries.set(r.series, [...(bySeries.get(r.series) ?? []), f]);
		});
		const forecasts = prepared.map((p, s): ExternalForecasts | null => {
			const fs = bySeries.get(s);
			if (p.status !== 'ok' || !fs || fs.length !== p.origins.length + 1) return null;
			return { method: 'global', atOrigins: fs.slice(0, -1), final: fs[fs.length - 1]! };
		});
		return { forecasts, run: { windows: inputs.length, series: used, trainMs } };
	} finally {
		await model.dispose();
	}
}
