/** Naive: every future value equals the last observation (the random-walk forecast). */
export function naive(history: readonly number[], horizon: number): number[] {
	const last = history[history.length - 1]!;
	return Array.from({ length: horizon }, () => last);
}

/** Seasonal naive: each future value equals the value one season earlier (Hyndman & Athanasopoulos, FPP3 §5.2). */
export function seasonalNaive(history: readonly number[], horizon: number, period: number): number[] {
	if (period < 2 || history.length < period) return naive(history, horizon);
	const n = history.length;
	return Array.from({ length: horizon }, (_, j) => history[n - period + (j % period)]!);
}
