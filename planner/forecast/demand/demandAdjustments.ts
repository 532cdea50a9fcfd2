import { forecastSeries } from '../forecastSeries.js';
import type { ForecastOptions } from '../types.js';
import type { DemandInput, DemandOutcome } from './types.js';

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
	const horizon = periods * periodDays;
	const f = forecastSeries(input.dailyConsumption, {
		period: 7,
		backtestHorizon: Math.min(horizon, 14),
		// Consumption cannot be negative; a falling trend must not forecast a negative demand factor.
		nonNegative: true,
		...options,
		horizon
	});
	const ids = { region: input.region, resource: input.resource };
	if (f.status === 'too-short')
		return { status: 'insufficient-data', ...ids, reason: `${f.have} days of consumption, ${f.need} needed` };
	const recent = input.dailyConsumption.filter(Number.isFinite).slice(-periodDays);
	const recentPerDay = recent.reduce((a, b) => a + b, 0) / recent.length;
	if (!(recentPerDay > 0))
		return {
			status: 'insufficient-data',
			...ids,
			reason: 'recent consumption is zero, so a relative factor is undefined'
		};
	const adjustments = Array.from({ length: periods }, (_, t) => {
		const slice = f.point.slice(t * periodDays, (t + 1) * periodDays);
		const mean = slice.reduce((a, b) => a + b, 0) / slice.length;
		return { ...ids, period: t, demandFactor: Math.max(0, mean / recentPerDay) };
	});
	return {
		status: 'ok',
		adjustments,
		method: f.method,
		backtestMase: f.scores[0]!.mase,
		recentPerDay,
		notes: f.notes
	};
}
