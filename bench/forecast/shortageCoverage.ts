import { cleanHistory } from '../../planner/forecast/cleanHistory.js';
import { forecastSeries } from '../../planner/forecast/forecastSeries.js';
import { seededRandom } from '../../planner/forecast/seededRandom.js';
import { stockPaths } from '../../planner/forecast/shortage/stockPaths.js';

/** Lead bands (days ahead, inclusive) the coverage is reported for. */
export const leadBands = [
	[1, 7],
	[8, 30],
	[31, 90]
] as const;

/**
 * A stock with known truth: net flow = drift + weekly pattern + AR(1) noise (φ from 0 to 0.8), `days` of history then
 * 90 more. What the warning's probabilities claim can be checked against what then happens.
 */
export function simulatedStock(seed: number, days = 150): { history: number[]; future: number[] } {
	const rng = seededRandom(seed);
	const drift = -20 + 25 * rng.next();
	const phi = [0, 0.5, 0.8][seed % 3]!;
	const sigma = 5 + 15 * rng.next();
	let noise = 0;
	let stock = 20_000;
	const all: number[] = [];
	for (let d = 0; d < days + 90; d++) {
		noise = phi * noise + sigma * rng.normal();
		stock = Math.max(0, stock + drift + 10 * Math.sin((2 * Math.PI * d) / 7) + noise);
		all.push(stock);
	}
	return { history: all.slice(0, days), future: all.slice(days) };
}

/**
 * Share of future values inside the 90% interval, per lead band, over `count` simulated stocks: for the sample paths
 * the shortage warning now uses (5% and 95% of the paths), and for the backtested interval it used before.
 */
export function measureShortageCoverage(
	count: number,
	seed = 1
): {
	readonly paths: readonly number[];
	readonly conformal: readonly number[];
} {
	const inside = { paths: leadBands.map(() => 0), conformal: leadBands.map(() => 0) };
	const total = leadBands.map(() => 0);
	for (let k = 0; k < count; k++) {
		const { history, future } = simulatedStock(seed * 100_003 + k);
		// The interval the warning used before (with the selection of then, no preferred method): backtests a week
		// ahead, widened as √(lead / 7) beyond.
		const f = forecastSeries(history, {
			period: 7,
			horizon: 90,
			backtestHorizon: 7,
			origins: 4,
			prefer: null
		});
		if (f.status !== 'ok') throw new Error(`simulated stock ${k}: too short`);
		const paths = stockPaths(cleanHistory(history).values, future.length);
		future.forEach((y, j) => {
			const band = leadBands.findIndex(([a, b]) => j + 1 >= a && j + 1 <= b);
			const sorted = paths[j]!;
			const lo = sorted[Math.floor(0.05 * (sorted.length - 1))]!;
			const hi = sorted[Math.ceil(0.95 * (sorted.length - 1))]!;
			if (y >= lo && y <= hi) inside.paths[band]!++;
			if (y >= f.lower[j]! && y <= f.upper[j]!) inside.conformal[band]!++;
			total[band]!++;
		});
	}
	return {
		paths: inside.paths.map((v, i) => v / total[i]!),
		conformal: inside.conformal.map((v, i) => v / total[i]!)
	};
}
