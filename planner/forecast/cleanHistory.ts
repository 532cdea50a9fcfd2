/** A history made usable: leading gaps dropped, interior gaps interpolated, trailing gaps counted as staleness. */
export interface CleanHistory {
	readonly values: number[];
	/** Interior missing points filled by linear interpolation. */
	readonly filled: number;
	/** Missing points after the last reading (the sensor is silent). */
	readonly trailing: number;
}

/** Never invents a value after the last reading: those steps are forecast instead, and their uncertainty shows. */
export function cleanHistory(raw: readonly number[]): CleanHistory {
	let first = 0;
	while (first < raw.length && !Number.isFinite(raw[first])) first++;
	let last = raw.length - 1;
	while (last >= first && !Number.isFinite(raw[last])) last--;
	const values: number[] = [];
	let filled = 0;
	let prev = -1;
	for (let i = first; i <= last; i++) {
		if (Number.isFinite(raw[i])) {
			if (prev >= 0 && i - prev > 1) {
				const a = raw[prev]!;
				const b = raw[i]!;
				for (let k = prev + 1; k < i; k++) values.push(a + ((b - a) * (k - prev)) / (i - prev));
				filled += i - prev - 1;
			}
			values.push(raw[i]!);
			prev = i;
		}
	}
	return { values, filled, trailing: raw.length - 1 - last - (first > last ? raw.length : 0) };
}
