import {
	forecastSeries,
	globalForecasts,
	globalGate,
	type ForecastOptions,
	type GlobalGate,
	type SeriesForecast
} from '../../planner/forecast/index.js';
import { createWorkerGlobalModel } from '../../planner/forecast/globalModel/node/workerGlobalModel.js';

/** `--global`: auto lets the model in where the batch's nested backtest shows it helping; on always; off never trains it. */
export type GlobalFlag = 'auto' | 'on' | 'off';

/** A forecast batch: every series' forecast, and whether (and on what evidence) the global model took part. */
export interface ForecastBatch {
	readonly globalModel: GlobalGate | { readonly status: 'on' | 'off' };
	readonly forecasts: readonly ({ readonly id: string } & SeriesForecast)[];
}

/** Trains the global model in its worker over these series and returns its forecasts; the worker ends after. */
async function trainGlobal(series: readonly (readonly number[])[], options: Partial<ForecastOptions>) {
	const port = createWorkerGlobalModel();
	try {
		return (await globalForecasts(port, series, options)).forecasts;
	} finally {
		await port.close();
	}
}

/** Forecasts a batch of series; with `auto` the global model is trained, then gated by the batch (see globalGate). */
export async function forecastBatch(
	series: readonly { readonly id: string; readonly values: readonly number[] }[],
	options: Partial<ForecastOptions>,
	global: GlobalFlag
): Promise<ForecastBatch> {
	const values = series.map((s) => s.values);
	const trained = global === 'off' ? [] : await trainGlobal(values, options);
	const gate = global === 'auto' ? globalGate(values, trained, options) : null;
	const external = global === 'on' || gate?.use ? trained : [];
	return {
		globalModel: gate ?? { status: global === 'on' ? 'on' : 'off' },
		forecasts: series.map((s, i) => {
			const e = external[i];
			return { id: s.id, ...forecastSeries(s.values, options, e ? [e] : []) };
		})
	};
}

/** The first line of a forecast run: whether the global model took part, and the batch's evidence for it. */
export function describeGate(g: ForecastBatch['globalModel']): string {
	switch (g.status) {
		case 'on':
			return "global model: on (--global on), weighed in every series' backtest";
		case 'off':
			return 'global model: off (--global off)';
		case 'untestable':
			return `global model: not used, the batch cannot test it (${g.reason})`;
		case 'gated': {
			const mase = `mean MASE ${g.maseWith.toFixed(3)} with it, ${g.maseWithout.toFixed(3)} without`;
			const evidence = `nested backtest over ${g.series} series: ${mase}, paired t-test p = ${g.p.toPrecision(2)}`;
			return `global model: ${g.use ? 'used in the selection' : 'not used'}; ${evidence}`;
		}
	}
}

/** One forecast as text: the method, every backtest, the next five points with intervals, and the notes. */
export function describeForecast(r: ForecastBatch['forecasts'][number]): string {
	if (r.status === 'too-short') return `${r.id}: too short (${r.have} windows, ${r.need} needed)`;
	const others = r.scores
		.slice(1)
		.map((s) => `${s.method} ${s.mase.toFixed(2)}`)
		.join(', ');
	const next = r.point
		.slice(0, 5)
		.map((p, j) => `${p.toFixed(1)} [${r.lower[j]!.toFixed(1)}, ${r.upper[j]!.toFixed(1)}]`)
		.join(' ');
	const notes = r.notes.map((n) => `\n  note: ${n}`).join('');
	return `${r.id}: ${r.method} (backtest MASE ${r.scores[0]!.mase.toFixed(2)}; ${others})\n  next: ${next} …${notes}`;
}
