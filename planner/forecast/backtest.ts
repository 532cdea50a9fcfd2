/** Shortest training window a backtest origin may have: two seasons plus two points, and at least 8. */
export const minTraining = (period: number): number => Math.max(8, period >= 2 ? 2 * period + 2 : 0);

/**
 * Rolling origins (Tashman 2000, "Out-of-sample tests of forecasting accuracy", IJF 16:437–450):
 * the last origin leaves exactly `horizon` points to forecast; earlier ones step back by `stride`.
 * Returned oldest first; origins with too little training are dropped.
 */
export function backtestOrigins(
	n: number,
	horizon: number,
	period: number,
	origins: number,
	stride: number
): number[] {
	const step = stride > 0 ? stride : Math.max(1, Math.floor(horizon / 2));
	const out: number[] = [];
	for (let k = origins - 1; k >= 0; k--) {
		const o = n - horizon - k * step;
		if (o >= minTraining(period)) out.push(o);
	}
	return out;
}

/**
 * The MASE denominator: in-sample mean absolute error of the seasonal naive forecast (lag `period`, or 1 without a
 * season) on y[0..end) (Hyndman & Koehler 2006, IJF 22:679–688). Falls back to lag 1, then NaN for a constant series.
 * With `power` 2: the root mean squared difference, the RMSSE denominator (M5 competition guidelines, 2020).
 */
export function maseScale(y: readonly number[], end: number, period: number, power: 1 | 2 = 1): number {
	const lagged = (lag: number) => {
		let sum = 0;
		let count = 0;
		for (let t = lag; t < end; t++) {
			sum += Math.abs(y[t]! - y[t - lag]!) ** power;
			count++;
		}
		return count > 0 ? (sum / count) ** (1 / power) : 0;
	};
	const seasonal = period >= 2 && end > period ? lagged(period) : 0;
	if (seasonal > 0) return seasonal;
	const one = lagged(1);
	return one > 0 ? one : Number.NaN;
}
