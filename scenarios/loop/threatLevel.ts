import type { ThreatLevel, ThreatOptions } from './types.js';

/** The threat level the sensors' silence calls for, with its cause in words. */
export function threatLevel(
	staleness: { readonly stale: number; readonly total: number },
	options: ThreatOptions
): { readonly level: ThreatLevel; readonly cause: string } {
	const share = staleness.total > 0 ? staleness.stale / staleness.total : 0;
	const cause = `${staleness.stale} of ${staleness.total} sensor series silent (${(share * 100).toFixed(0)}%)`;
	if (share >= options.redStaleShare) return { level: 'red', cause };
	if (share >= options.yellowStaleShare) return { level: 'yellow', cause };
	return { level: 'green', cause };
}
