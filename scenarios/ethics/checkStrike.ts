import type { EthicsOptions, Strike } from './types.js';

/** Why a strike cannot be recorded, or undefined: a known scenario, not already struck, a written reason, a named council member. */
export function checkStrike(
	strike: Strike,
	scenarioIds: readonly string[],
	struck: readonly Strike[],
	options: EthicsOptions
): string | undefined {
	if (!scenarioIds.includes(strike.scenarioId))
		return `scenario ${JSON.stringify(strike.scenarioId)}: not in this round`;
	if (struck.some((s) => s.scenarioId === strike.scenarioId))
		return `scenario ${JSON.stringify(strike.scenarioId)}: already struck`;
	if (strike.by.trim() === '') return 'by: should name the council member';
	if (strike.reason.trim().length < options.minReasonLength)
		return `reason: should be a written reason of at least ${options.minReasonLength} characters, got ${JSON.stringify(strike.reason)}`;
	return undefined;
}
