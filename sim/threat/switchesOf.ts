import type { ThreatLevel, ThreatOptions, ThreatSwitches } from './types.js';

/** The documents' protocols for a level; each level keeps the switches of the levels below it. */
export function switchesOf(
	level: ThreatLevel,
	options: Pick<ThreatOptions, 'survivalQuotaFactor' | 'barterKWhPerKgGrain'>
): ThreatSwitches {
	const yellow = level !== 'normal';
	const red = level === 'red' || level === 'survival';
	const survival = level === 'survival';
	return {
		localReserves: yellow,
		manualDistribution: red,
		pointsSuspended: red,
		barterKWhPerKgGrain: red ? options.barterKWhPerKgGrain : null,
		quotaFactor: survival ? options.survivalQuotaFactor : 1,
		rareGoodsClosed: survival
	};
}
