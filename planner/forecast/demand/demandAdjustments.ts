import { forecastSeries } from '../forecastSeries.js';
import { mean } from 'simple-statistics';
import type { ForecastOptions, MethodName } from '../types.js';
import type { DemandInput, DemandOutcome } from './types.js';

/** Daily data with a weekly season, backtested two weeks ahead, over `periods` planning periods of `periodDays`. */
export const demandForecastOptions = (
	periods: number,
	periodDays: number,
	options: Partial<ForecastOptions> = {}
): Partial<ForecastOptions> => ({
	period: 7,
	backtestHorizon: Math.min(periods * periodDays, 14),
	// Consumption cannot be negative; a falling trend must not forecast a negative demand factor.
	nonNegative: true,
	...options,
	horizon: periods * periodDays
});

/**
 * Turns a consumption forecast into the planner's `demandFactor` per planning period: the forecast mean daily
 * consumption in that period divided by the mean of the last `periodDays` observed days. A factor of 1.12 says
 * "expect 12% more than now"; the planner multiplies its norm-based need by it. Daily data, weekly season.
 */
export function demandAdjustments(
	input: DemandInput,
	periods: number,
	periodDays: number,
	options: Partial<ForecastOptions> = {}
): DemandOutcome {
	const f = forecastSeries(input.dailyConsumption, demandForecastOptions(periods, periodDays, options));
	const ids = { region: input.region, resource: input.resource };
	if (f.status === 'too-short')
		return { status: 'insufficient-data', ...ids, reason: `${f.have} days of consumption, ${f.need} needed` };
	return demandFromForecast(input, f.point, periods, periodDays, {
		method: f.method,
		backtestMase: f.scores[0]!.mase,
		notes: f.notes
	});
}

/** The demand factors of a consumption forecast `point` (from `demandAdjustments` or a reconciled hierarchy). */
export function demandFromForecast(
	input: DemandInput,
	point: readonly number[],
	periods: number,
	periodDays: number,
	evidence: { readonly method: MethodName; readonly backtestMase: number; readonly notes: readonly string[] }
): DemandOutcome {
	const ids = { region: input.region, resource: input.resource };
	const recent = input.dailyConsumption.filter(Number.isFinite).slice(-periodDays);
	const recentPerDay = recent.length > 0 ? mean(recent) : 0;
	if (!(recentPerDay > 0))
		return {
			status: 'insufficient-data',
			...ids,
			reason: 'recent consumption is zero, so a relative factor is undefined'
		};
	const adjustments = Array.from({ length: periods }, (_, t) => ({
		...ids,
		period: t,
		demandFactor: Math.max(0, mean(point.slice(t * periodDays, (t + 1) * periodDays)) / recentPerDay)
	}));
	return { status: 'ok', adjustments, recentPerDay, ...evidence };
}
