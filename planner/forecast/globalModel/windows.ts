/** Input length actually used: the option, or two seasons (at least 24 points). */
export const inputLengthFor = (option: number, period: number): number =>
	option > 0 ? option : Math.max(2 * period, 24);

/**
 * Normalises a window ending before `end` by its mean and standard deviation, so one model serves series of any
 * level and unit (the "global model" idea: Montero-Manso & Hyndman 2021, IJF 37:1632–1653). Returns null if short.
 */
export function normaliseWindow(
	y: readonly number[],
	end: number,
	length: number
): { input: Float32Array; level: number; scale: number } | null {
	if (end < length) return null;
	let mean = 0;
	for (let i = end - length; i < end; i++) mean += y[i]!;
	mean /= length;
	let v = 0;
	for (let i = end - length; i < end; i++) v += (y[i]! - mean) ** 2;
	const scale = Math.sqrt(v / length) || Math.abs(mean) || 1;
	const input = new Float32Array(length);
	for (let i = 0; i < length; i++) input[i] = (y[end - length + i]! - mean) / scale;
	return { input, level: mean, scale };
}

/**
 * Training windows of one series whose targets end at or before `cutoff` (so backtests never see their own answers),
 * at most `max` of them, evenly spaced and ending with the latest.
 */
export function seriesWindows(
	y: readonly number[],
	cutoff: number,
	length: number,
	horizon: number,
	max: number
): { input: Float32Array; target: Float32Array }[] {
	const ends: number[] = [];
	for (let end = cutoff - horizon; end >= length; end--) ends.push(end);
	const step = Math.max(1, ends.length / max);
	const out: { input: Float32Array; target: Float32Array }[] = [];
	for (let k = 0; k < ends.length && out.length < max; k++) {
		const end = ends[Math.floor(k * step)]!;
		if (k > 0 && end === ends[Math.floor((k - 1) * step)]) continue;
		const w = normaliseWindow(y, end, length)!;
		const target = new Float32Array(horizon);
		for (let j = 0; j < horizon; j++) target[j] = (y[end + j]! - w.level) / w.scale;
		out.push({ input: w.input, target });
	}
	return out;
}
