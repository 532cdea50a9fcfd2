import { area, line, scaleLinear, scaleUtc } from 'd3';
import type { SeriesChart } from './types.js';

const W = 640;
const H = 260;
const M = { left: 64, right: 16, top: 12, bottom: 32 };

/**
 * A series (gaps left open) with its forecast and interval band after the last window, and regime
 * changes as vertical marks. Times in ms; the forecast's steps follow the last window, `stepMs` apart.
 */
export function seriesChart(input: {
	readonly starts: readonly number[];
	readonly values: readonly number[];
	readonly stepMs: number;
	readonly forecast: {
		readonly point: readonly number[];
		readonly lower: readonly number[];
		readonly upper: readonly number[];
	} | null;
	readonly changes: readonly { readonly time: number; readonly kind: string }[];
}): SeriesChart {
	const last = input.starts.at(-1) ?? 0;
	const ahead = (input.forecast?.point ?? []).map((_, i) => last + (i + 1) * input.stepMs);
	const times = [...input.starts, ...ahead];
	const finite = [
		...input.values,
		...(input.forecast ? [...input.forecast.lower, ...input.forecast.upper] : [])
	].filter(Number.isFinite);
	const x = scaleUtc([new Date(times[0] ?? 0), new Date(times.at(-1) ?? 1)], [M.left, W - M.right]);
	const y = scaleLinear([Math.min(0, ...finite), Math.max(1, ...finite)], [H - M.bottom, M.top]).nice(5);
	const at = (t: number) => x(new Date(t));
	const history = line<number>()
		.defined((v) => Number.isFinite(v))
		.x((_, i) => at(input.starts[i]!))
		.y((v) => y(v))(input.values as number[]);
	const f = input.forecast;
	return {
		width: W,
		height: H,
		plotTop: M.top,
		plotBottom: H - M.bottom,
		history: history ?? '',
		forecast: f
			? (line<number>()
					.x((_, i) => at(ahead[i]!))
					.y((v) => y(v))(f.point as number[]) ?? '')
			: null,
		band: f
			? (area<number>()
					.x((_, i) => at(ahead[i]!))
					.y0((_, i) => y(f.lower[i]!))
					.y1((_, i) => y(f.upper[i]!))(f.point as number[]) ?? '')
			: null,
		xTicks: x.ticks(5).map((d) => ({ x: x(d), label: d.toISOString().slice(0, 10) })),
		yTicks: y.ticks(5).map((v) => ({ y: y(v), label: v })),
		changes: input.changes.map((c) => ({ x: at(c.time), kind: c.kind }))
	};
}
