import { forecastSeries, maseScale, minTraining } from '../../planner/forecast/index.js';
import type { BenchSeries } from './loadVegaSeries.js';

/**
 * The same series ending `k` horizons earlier, for k = 1 … count − 1, with ids `id@k`: each earlier window is held out
 * in turn and forecast from what came before it only. One window at the end is one draw: the four stock indices'
 * last ten trading days are the same August 1998 fall, so a frequency's figure rested on a single shared event.
 * A window whose history is too short for the product (fewer than its minimum training plus one horizon) is left out.
 */
export function earlierWindows(series: readonly BenchSeries[], count: number): BenchSeries[] {
	return Array.from({ length: count - 1 }, (_, i) =>
		series.map((s) => ({
			...s,
			id: `${s.id}@${i + 1}`,
			values: s.values.slice(0, Math.max(0, s.values.length - (i + 1) * s.horizon))
		}))
	)
		.flat()
		.filter((s) => s.values.length - s.horizon >= minTraining(s.period) + s.horizon);
}

/** MASE of the product's default selection on the last `horizon` points of a series (never seen). */
export function selectionMase(s: BenchSeries): number {
	const train = s.values.slice(0, -s.horizon);
	const test = s.values.slice(-s.horizon);
	const r = forecastSeries(train, { period: s.period, horizon: s.horizon });
	if (r.status !== 'ok') throw new Error(`${s.id}: too short (${r.have} of ${r.need})`);
	const scale = maseScale(train, train.length, s.period);
	return test.reduce((a, y, j) => a + Math.abs(y - r.point[j]!), 0) / test.length / scale;
}
