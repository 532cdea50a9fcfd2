import { defaults as forecastDefaults } from '../defaults.js';
import { forecastSeries } from '../forecastSeries.js';
import type { ExternalForecasts, ForecastOptions } from '../types.js';
import { consumptionReason } from './consumptionReason.js';
import { shortageDefaults } from './defaults.js';
import { centralZ, normalCdf } from './normalTail.js';
import { DAY, shortageSentence } from './sentence.js';
import type { Crossing, ShortageInput, ShortageOptions, ShortageOutcome } from './types.js';

/**
 * Forecasts a region's stock of a resource and finds the first window in which it is more likely than not
 * (`minProbability`) to be below the reserve floor, and below zero. Probabilities treat the forecast error as
 * normal with the spread of the backtested interval (σ = half-width / z of the level): an approximation, stated
 * in the README. The sentence gives the reason: consumption above its seasonal norm since a date, or the fall per day.
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
	const fo: ForecastOptions = { ...forecastDefaults, ...o.forecast };
	const ids = { region: input.region.id, resource: input.resource.id };
	if (input.stock.length !== input.times.length)
		throw new RangeError(`stock has ${input.stock.length} values for ${input.times.length} times`);
	const stepsPerDay = DAY / input.stepMs;
	let floor = input.reserveFloor;
	if (floor === undefined) {
		const recent = (input.consumption ?? [])
			.slice(-Math.max(fo.period, Math.round(30 * stepsPerDay)))
			.filter(Number.isFinite);
		if (recent.length === 0)
			return {
				status: 'insufficient-data',
				...ids,
				reason: 'no reserve floor given and no consumption to derive one from'
			};
		floor = (recent.reduce((a, b) => a + b, 0) / recent.length) * stepsPerDay * o.reserveDays;
	}
	const f = forecastSeries(input.stock, fo, external);
	if (f.status === 'too-short')
		return { status: 'insufficient-data', ...ids, reason: `${f.have} stock windows, ${f.need} needed` };
	const z = centralZ(f.level);
	const below = (threshold: number, j: number) => {
		const sigma = Math.max((f.upper[j]! - f.point[j]!) / z, 1e-12);
		return normalCdf((threshold - f.point[j]!) / sigma);
	};
	const end = input.times[input.times.length - 1]!;
	const crossing = (threshold: number): Crossing | null => {
		for (let j = 0; j < f.point.length; j++) {
			const p = below(threshold, j);
			if (p >= o.minProbability)
				return { date: end + (j + 1) * input.stepMs, days: ((j + 1) * input.stepMs) / DAY, probability: p };
		}
		return null;
	};
	const belowReserve = crossing(floor);
	if (!belowReserve) {
		const maxProbability = Math.max(...f.point.map((_, j) => below(floor, j)));
		return {
			status: 'clear',
			...ids,
			floor,
			horizonDays: (f.point.length * input.stepMs) / DAY,
			maxProbability
		};
	}
	const runsOut = crossing(0);
	const reason = input.consumption ? consumptionReason(input.consumption, input.times, fo.period) : null;
	const lastKnown = input.stock.findLast((v) => Number.isFinite(v))!;
	const dailyChange =
		((f.point[f.point.length - 1]! - lastKnown) / (f.point.length + (f.stale?.steps ?? 0))) * stepsPerDay;
	const staleSteps = f.stale?.steps ?? 0;
	const sentence = shortageSentence({
		resource: input.resource.name,
		region: input.region.name,
		reserveDays: o.reserveDays,
		belowReserve,
		runsOut,
		reason,
		dailyChange,
		staleDays: (staleSteps * input.stepMs) / DAY
	});
	return {
		status: 'warning',
		...ids,
		floor,
		belowReserve,
		runsOut,
		method: f.method,
		reason,
		staleSteps,
		sentence
	};
}
