import { maseScale } from '../../planner/forecast/index.js';
import type { BenchSeries } from './loadVegaSeries.js';
import type { RForecasts } from './rReference.js';

/** The product's selection against R's methods on one frequency: mean MASE of each, and the selection ÷ the best. */
export interface RComparison {
	readonly period: number;
	readonly series: number;
	readonly selection: number;
	readonly r: Readonly<Record<string, number>>;
	readonly bestR: string;
	readonly ratio: number;
}

/**
 * Per season length, the mean MASE on the held-out points of every R method and of the selection (the same series,
 * horizons and scale), and the ratio of the selection to the best single R method there. Only series every R method
 * forecast count, so each mean is over the same series.
 */
export function compareWithR(
	series: readonly BenchSeries[],
	selectionMase: readonly number[],
	r: ReadonlyMap<string, RForecasts>
): RComparison[] {
	const out: RComparison[] = [];
	for (const period of [...new Set(series.map((s) => s.period))].sort((a, b) => a - b)) {
		const sums: Record<string, number> = {};
		let selection = 0;
		let count = 0;
		const methods = new Set<string>();
		series.forEach((s) => s.period === period && r.get(s.id)?.forEach((_, m) => methods.add(m)));
		series.forEach((s, i) => {
			const f = r.get(s.id);
			if (s.period !== period || !f || [...methods].some((m) => !f.has(m))) return;
			const train = s.values.slice(0, -s.horizon);
			const test = s.values.slice(-s.horizon);
			const scale = maseScale(train, train.length, s.period);
			for (const m of methods)
				sums[m] =
					(sums[m] ?? 0) + test.reduce((a, y, j) => a + Math.abs(y - f.get(m)![j]!), 0) / test.length / scale;
			selection += selectionMase[i]!;
			count++;
		});
		if (count === 0) continue;
		const means = Object.fromEntries(Object.entries(sums).map(([m, v]) => [m, v / count]));
		const [bestR, best] = Object.entries(means).sort((a, b) => a[1] - b[1])[0]!;
		out.push({
			period,
			series: count,
			selection: selection / count,
			r: means,
			bestR,
			ratio: selection / count / best
		});
	}
	return out;
}
