import { defaults as forecastDefaults } from '../defaults.js';
import { forecastSeries } from '../forecastSeries.js';
import type { ExternalForecasts, ForecastOptions } from '../types.js';
import { consumptionReason } from './consumptionReason.js';
import { shortageDefaults } from './defaults.js';
import { centralZ, normalCdf } from './normalTail.js';
import { DAY, ruPlural, shortageSentence, type SentenceSubject } from './sentence.js';
import type {
	Crossing,
	FloorBasis,
	Names,
	ShortageInput,
	ShortageOptions,
	ShortageOutcome
} from './types.js';

/** The reserve floor: explicit, else reserveDays × need, else reserveDays × recent served consumption (flagged). */
function floorOf(
	input: ShortageInput,
	o: ShortageOptions,
	period: number
): { floor: number; basis: FloorBasis } | null {
	if (input.reserveFloor !== undefined) return { floor: input.reserveFloor, basis: 'given' };
	if (input.need) return { floor: input.need.perDay * o.reserveDays, basis: 'need' };
	const stepsPerDay = DAY / input.stepMs;
	const recent = (input.consumption ?? [])
		.slice(-Math.max(period, Math.round(30 * stepsPerDay)))
		.filter(Number.isFinite);
	if (recent.length === 0) return null;
	return {
		floor: (recent.reduce((a, b) => a + b, 0) / recent.length) * stepsPerDay * o.reserveDays,
		basis: 'served'
	};
}

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
 * forecast; then `warning` — the first window in which the forecast stock is more likely than not (`minProbability`)
 * to be below the floor, and below zero — or `clear`. Probabilities treat the forecast error as normal with the
 * spread of the backtested interval (σ = half-width / z of the level): an approximation, stated in the README.
 */
export function shortageWarning(
	input: ShortageInput,
	options: Partial<ShortageOptions> = {},
	external: readonly ExternalForecasts[] = []
): ShortageOutcome {
	const o: ShortageOptions = {
		...shortageDefaults,
		...options,
		forecast: { ...shortageDefaults.forecast, ...options.forecast }
	};
	const fo: ForecastOptions = { ...forecastDefaults, ...o.forecast, nonNegative: true };
	const ids = { region: input.region.id, resource: input.resource.id };
	if (input.stock.length !== input.times.length)
		throw new RangeError(`stock has ${input.stock.length} values for ${input.times.length} times`);
	const f0 = floorOf(input, o, fo.period);
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
			en: 'no norm in the catalogue, no floor given and no consumption to derive one from',
			ru: 'в каталоге нет нормы, резерв не задан и нет данных о потреблении'
		});
	const { floor, basis: floorBasis } = f0;
	const lastIndex = input.stock.findLastIndex((v) => Number.isFinite(v));
	if (lastIndex < 0) return insufficient({ en: 'no stock reading', ru: 'нет ни одного показания запаса' });
	const last = input.stock[lastIndex]!;
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

	const f = forecastSeries(input.stock, fo, external);
	const z = f.status === 'ok' ? centralZ(f.level) : Number.NaN;
	const below = (threshold: number, j: number) => {
		if (f.status !== 'ok') return Number.NaN;
		const sigma = Math.max((f.upper[j]! - f.point[j]!) / z, 1e-12);
		return normalCdf((threshold - f.point[j]!) / sigma);
	};
	const crossing = (threshold: number): Crossing | null => {
		if (f.status !== 'ok') return null;
		for (let j = 0; j < f.point.length; j++) {
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
	if (f.status === 'too-short')
		return insufficient({
			en: `${f.have} stock windows, ${f.need} needed for a forecast`,
			ru: `${f.have} ${ruPlural(f.have, 'окно', 'окна', 'окон')} с запасом, для прогноза нужно ${f.need}`
		});
	const belowReserve = crossing(floor);
	if (!belowReserve) {
		const horizonDays = (f.point.length * input.stepMs) / DAY;
		const maxProbability = Math.max(...f.point.map((_, j) => below(floor, j)));
		return {
			status: 'clear',
			...common,
			horizonDays,
			maxProbability,
			sentence: shortageSentence(subject, { status: 'clear', horizonDays, maxProbability })
		};
	}
	const runsOut = crossing(0);
	const reason = input.consumption ? consumptionReason(input.consumption, input.times, fo.period) : null;
	const stepsPerDay = DAY / input.stepMs;
	const dailyChange =
		((f.point[f.point.length - 1]! - last) / (f.point.length + (f.stale?.steps ?? 0))) * stepsPerDay;
	const staleSteps = f.stale?.steps ?? 0;
	return {
		status: 'warning',
		...common,
		belowReserve,
		runsOut,
		method: f.method,
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
