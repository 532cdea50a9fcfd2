import type { Analysis, LoopWarning } from '../../../../scenarios/loop/index.js';

const DAY = 86_400_000;

/**
 * The Correlation Center's warnings, computed at most once per day of the app's clock: they rest on
 * daily windows, so a second reader on the same day would get the same answer, and a forecast over
 * every region and resource is too slow to redo per page view.
 */
export function dailyWarnings(analysis: Pick<Analysis, 'warnings'>): Pick<Analysis, 'warnings'> {
	let cached: { day: number; warnings: Promise<readonly LoopWarning[]> } | null = null;
	return {
		warnings(now) {
			const day = Math.floor(now / DAY);
			if (cached?.day !== day) {
				const warnings = analysis.warnings(now);
				cached = { day, warnings };
				// A failed read is not remembered: the next view tries again.
				warnings.catch(() => {
					if (cached?.warnings === warnings) cached = null;
				});
			}
			return cached.warnings;
		}
	};
}
