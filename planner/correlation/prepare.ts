import { leastSquares } from './leastSquares.js';
import type { Preparation } from './types.js';

/** x_t − x_{t−1}; the first value becomes NaN so that the grid stays aligned with other series. */
export function difference(values: readonly number[]): number[] {
	return values.map((v, i) => (i === 0 ? Number.NaN : v - values[i - 1]!));
}

/** Residuals from a least-squares line through the finite values (NaN stays NaN). */
export function detrend(values: readonly number[]): number[] {
	const t: number[] = [];
	const y: number[] = [];
	values.forEach((v, i) => {
		if (Number.isFinite(v)) {
			t.push(i);
			y.push(v);
		}
	});
	if (y.length < 3) return values.map(() => Number.NaN);
	const { coefficients } = leastSquares([t.map(() => 1), t], y);
	return values.map((v, i) => v - coefficients[0]! - coefficients[1]! * i);
}

/** Subtracts the mean of each phase (position modulo `period`): classical additive deseasonalising. */
export function deseasonalise(values: readonly number[], period: number): number[] {
	if (period < 2) return [...values];
	const sum = new Array<number>(period).fill(0);
	const count = new Array<number>(period).fill(0);
	values.forEach((v, i) => {
		if (Number.isFinite(v)) {
			sum[i % period]! += v;
			count[i % period]!++;
		}
	});
	return values.map((v, i) => v - (count[i % period]! > 0 ? sum[i % period]! / count[i % period]! : 0));
}

/** Residuals of an AR(order) fit with intercept: the innovations of the series (Box & Jenkins pre-whitening). */
export function arResiduals(values: readonly number[], order: number): number[] {
	const out = values.map(() => Number.NaN);
	const rows: number[] = [];
	for (let t = order; t < values.length; t++) {
		let ok = Number.isFinite(values[t]);
		for (let l = 1; l <= order && ok; l++) ok = Number.isFinite(values[t - l]);
		if (ok) rows.push(t);
	}
	if (rows.length < order + 3) return out;
	const cols = [
		rows.map(() => 1),
		...Array.from({ length: order }, (_, l) => rows.map((t) => values[t - l - 1]!))
	];
	const { residuals } = leastSquares(
		cols,
		rows.map((t) => values[t]!)
	);
	rows.forEach((t, i) => (out[t] = residuals[i]!));
	return out;
}

/**
 * Sets to NaN every value in a run of at least `minRun` identical consecutive readings: a stock stuck at 0 or at
 * capacity, or a silent sensor repeating itself, says nothing about how two series move together, yet a long flat
 * stretch in both series of a pair, after one shared step, makes Pearson's r ≈ 1 (three regions' consumption hitting
 * 0 on the same day). Missing values do not break a run.
 */
export function dropFlatRuns(values: readonly number[], minRun: number): number[] {
	const out = [...values];
	if (minRun < 2) return out;
	let start = 0;
	while (start < values.length) {
		if (!Number.isFinite(values[start])) {
			start++;
			continue;
		}
		const members = [start];
		let k = start + 1;
		for (; k < values.length; k++) {
			if (!Number.isFinite(values[k])) continue;
			if (values[k] !== values[start]) break;
			members.push(k);
		}
		if (members.length >= minRun) for (const i of members) out[i] = Number.NaN;
		start = k;
	}
	return out;
}

/** Applies a preparation, then deseasonalises when `period` ≥ 2 (see `Preparation`); flat runs are dropped first. */
export function prepare(
	raw: readonly number[],
	preparation: Preparation,
	period: number,
	order: number,
	flatRun = 0
): number[] {
	const values = dropFlatRuns(raw, flatRun);
	switch (preparation) {
		case 'none':
			return [...values];
		case 'detrend':
			return deseasonalise(detrend(values), period);
		case 'difference':
			return deseasonalise(difference(values), period);
		case 'prewhiten':
			return arResiduals(deseasonalise(difference(values), period), order);
	}
}
