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

/** Applies a preparation, then deseasonalises when `period` ≥ 2 (see `Preparation`). */
export function prepare(
	values: readonly number[],
	preparation: Preparation,
	period: number,
	order: number
): number[] {
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
