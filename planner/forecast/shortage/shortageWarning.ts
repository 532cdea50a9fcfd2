import { consumptionReason } from './consumptionReason.js';
import { forecastBasis, forecastPaths } from './forecastBasis.js';
import { DAY, ruPlural, shortageSentence, type SentenceSubject } from './sentence.js';
import { shareBelow } from './stockPaths.js';
import type { Crossing, Names, ShortageInput, ShortageOptions, ShortageOutcome } from './types.js';

/** Index of the first window of the trailing run in which every reading (missing windows skipped) meets `inRun`. */
function runStart(stock: readonly number[], inRun: (v: number) => boolean): number {
	let start = stock.length;
	for (let i = stock.length - 1; i >= 0; i--) {
		const v = stock[i]!;
		if (!Number.isFinite(v)) continue;
		if (!inRun(v)) break;
		start = i;
	}
	return start;
}

/**
 * Judges a region's stock of a resource against its reserve floor (by default `reserveDays` × the population's need
 * from the catalogue's norm, not what was served, which falls to zero with the stock). States come in order of urgency:
 * `empty` (the last reading is zero or less) and `below-floor` (every reading since a date under the floor) before any
 * forecast; then `warning` — the first window in which the stock is more likely than not (`minProbability`) to be
 * below the floor, and at zero — or `clear`. Probabilities are shares of sample paths (see `stockPaths`), whose 90%
 * bands covered 91%, 91% and 89% of simulated stocks at 1–7, 8–30 and 31–90 days (bench/forecast/shortageCoverage.ts).
 */
export function shortageWarning(
	input: ShortageInput,
	options: Partial<ShortageOptions> = {}
): ShortageOutcome {
	const ids = { region: input.region.id, resource: input.resource.id };
	if (input.stock.length !== input.times.length)
		throw new RangeError(`stock has ${input.stock.length} values for ${input.times.length} times`);
	const basis = forecastBasis(input, options);
	const { o, floor: f0, history, needSteps } = basis;
	const subject: SentenceSubject = {
		resource: input.resource.name,
		unit: input.resource.unit,
		region: input.region.name,
		reserveDays: o.reserveDays,
		floor: f0?.floor ?? Number.NaN,
		floorBasis: f0?.basis ?? 'served',
		need: input.need ?? null
	};
	const insufficient = (reason: Names): ShortageOutcome => ({
		status: 'insufficient-data',
		...ids,
		reason,
		sentence: shortageSentence(subject, { status: 'insufficient-data', reason })
	});
	if (!f0)
		return insufficient({
			en: 'no daily need in the reference data (no per-day norm, or no population), no floor given and no consumption to derive one from',
			ru:
				'в справочных данных нет дневной потребности ' +
				'(нормы на день или населения), резерв не задан ' +
				'и нет данных о потреблении'
		});
	const { floor, basis: floorBasis } = f0;
	const last = basis.last;
	if (last === null) return insufficient({ en: 'no stock reading', ru: 'нет ни одного показания запаса' });
	const end = input.times[input.times.length - 1]!;
	const common = { ...ids, floor, floorBasis };
	if (last <= 0) {
		const since = input.times[runStart(input.stock, (v) => v <= 0)]!;
		return {
			status: 'empty',
			...common,
			since,
			sentence: shortageSentence(subject, { status: 'empty', since })
		};
	}

	const paths = history.values.length >= needSteps ? forecastPaths(basis) : null;
	const below = (threshold: number, j: number) => shareBelow(paths![j]!, threshold, threshold === 0);
	const crossing = (threshold: number): Crossing | null => {
		if (!paths) return null;
		for (let j = 0; j < paths.length; j++) {
			const p = below(threshold, j);
			if (p >= o.minProbability)
				return { date: end + (j + 1) * input.stepMs, days: ((j + 1) * input.stepMs) / DAY, probability: p };
		}
		return null;
	};

	if (last < floor) {
		const since = input.times[runStart(input.stock, (v) => v < floor)]!;
		const runsOut = crossing(0);
		const daysOfNeed = input.need ? last / input.need.perDay : null;
		return {
			status: 'below-floor',
			...common,
			since,
			stock: last,
			daysOfNeed,
			runsOut,
			sentence: shortageSentence(subject, { status: 'below-floor', since, stock: last, runsOut })
		};
	}
	if (!paths) {
		const have = history.values.length;
		return insufficient({
			en: `${have} stock windows, ${needSteps} needed for a forecast`,
			ru: `${have} ${ruPlural(have, 'окно', 'окна', 'окон')} с запасом, для прогноза нужно ${needSteps}`
		});
	}
	const belowReserve = crossing(floor);
	if (!belowReserve) {
		const horizonDays = (paths.length * input.stepMs) / DAY;
		const maxProbability = Math.max(...paths.map((_, j) => below(floor, j)));
		return {
			status: 'clear',
			...common,
			horizonDays,
			maxProbability,
			sentence: shortageSentence(subject, { status: 'clear', horizonDays, maxProbability })
		};
	}
	const runsOut = crossing(0);
	const reason = input.consumption ? consumptionReason(input.consumption, input.times, o.period) : null;
	const stepsPerDay = DAY / input.stepMs;
	const median = (values: Float64Array) => values.slice().sort()[Math.floor(values.length / 2)]!;
	const staleSteps = history.trailing;
	const dailyChange = ((median(paths[paths.length - 1]!) - last) / (paths.length + staleSteps)) * stepsPerDay;
	return {
		status: 'warning',
		...common,
		belowReserve,
		runsOut,
		reason,
		staleSteps,
		sentence: shortageSentence(subject, {
			status: 'warning',
			belowReserve,
			runsOut,
			reason,
			dailyChange,
			staleDays: (staleSteps * input.stepMs) / DAY
		})
	};
}
