import { forecastBasis, forecastPaths } from './forecastBasis.js';
import { DAY } from './sentence.js';
import { shareBelow } from './stockPaths.js';
import type { ShortageInput, ShortageOptions } from './types.js';

/**
 * Whether `shortageWarning` could say this stock runs out within `days`. False only for a stock at or above its
 * reserve floor, with history enough to forecast, none of whose leads up to `days` has the share of sample paths at
 * zero reach `minProbability`: the same paths `shortageWarning` draws, drawn only that far (the rest of the random
 * stream is skipped), so the answer is exact, at about a third of the cost of the whole forecast. Otherwise true:
 * a caller that acts only on stocks running out soon needs the whole forecast then.
 */
export function mayRunOutWithin(
	input: ShortageInput,
	days: number,
	options: Partial<ShortageOptions> = {}
): boolean {
	const basis = forecastBasis(input, options);
	const { o, floor, last, history, needSteps } = basis;
	if (!floor || last === null || !(last > 0 && last >= floor.floor)) return true;
	if (history.values.length < needSteps || !(o.minProbability > 0)) return true;
	const leads = Math.min(o.horizon, Math.floor((days * DAY) / input.stepMs));
	return forecastPaths(basis, leads).some((values) => shareBelow(values, 0, true) >= o.minProbability);
}
