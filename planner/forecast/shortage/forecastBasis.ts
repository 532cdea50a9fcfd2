import { mean } from 'simple-statistics';
import { cleanHistory, type CleanHistory } from '../cleanHistory.js';
import { shortageDefaults } from './defaults.js';
import { DAY } from './sentence.js';
import { samplePaths } from './stockPaths.js';
import type { FloorBasis, ShortageInput, ShortageOptions } from './types.js';

/** What a shortage forecast of one input rests on (see `forecastBasis`). */
export interface ForecastBasis {
	/** The options merged with the defaults and the input's own reserve days. */
	readonly o: ShortageOptions;
	/** The reserve floor, or null when no need, floor or consumption gives one. */
	readonly floor: { readonly floor: number; readonly basis: FloorBasis } | null;
	/** The last finite stock reading, or null when there is none. */
	readonly last: number | null;
	readonly history: CleanHistory;
	/** Readings the sample paths need (three seasons of changes). */
	readonly needSteps: number;
}

/** The reserve floor: explicit, else reserveDays × need, else reserveDays × recent served consumption (flagged). */
function floorOf(input: ShortageInput, o: ShortageOptions, period: number): ForecastBasis['floor'] {
	if (input.reserveFloor !== undefined) return { floor: input.reserveFloor, basis: 'given' };
	if (input.need) return { floor: input.need.perDay * o.reserveDays, basis: 'need' };
	const stepsPerDay = DAY / input.stepMs;
	const recent = (input.consumption ?? [])
		.slice(-Math.max(period, Math.round(30 * stepsPerDay)))
		.filter(Number.isFinite);
	if (recent.length === 0) return null;
	return {
		floor: mean(recent) * stepsPerDay * o.reserveDays,
		basis: 'served'
	};
}

/** The options, the reserve floor, the last reading and the cleaned history a shortage forecast starts from. */
export function forecastBasis(input: ShortageInput, options: Partial<ShortageOptions>): ForecastBasis {
	const o: ShortageOptions = {
		...shortageDefaults,
		...options,
		...(input.reserveDays !== undefined ? { reserveDays: input.reserveDays } : {}),
		paths: { ...shortageDefaults.paths, ...options.paths }
	};
	const last = input.stock.findLast((v) => Number.isFinite(v));
	return {
		o,
		floor: floorOf(input, o, o.period),
		last: last ?? null,
		history: cleanHistory(input.stock),
		needSteps: 3 * o.period + 1
	};
}

/**
 * The forecast's sample paths for the first `leads` steps of its horizon after the last window (missing trailing
 * windows are forecast, not shown), unsorted; the same values whatever `leads` is (see `samplePaths`).
 */
export function forecastPaths(basis: ForecastBasis, leads = basis.o.horizon): Float64Array[] {
	const { o, history } = basis;
	const steps = history.trailing + o.horizon;
	const paths = { ...o.paths, period: o.period };
	return samplePaths(history.values, steps, paths, history.trailing + leads).slice(history.trailing);
}
