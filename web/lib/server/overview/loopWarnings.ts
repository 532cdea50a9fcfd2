import type { Analysis, LoopWarning } from '../../../../scenarios/loop/index.js';

/** The overview's warnings while the loop runs: the loop's own last scan, heard from its `warnings` event. */
export interface LoopWarnings extends Pick<Analysis, 'warnings'> {
	/** The loop scanned: its warnings replace whatever the overview showed. */
	hear(warnings: readonly LoopWarning[]): void;
}

/**
 * The loop scans every simulated day; scanning again for the overview would double the Correlation
 * Center's heaviest work. Until the loop's first scan since start (a world paused for a round does
 * not scan), `before` answers, once per day of the app's clock.
 */
export function loopWarnings(before: Pick<Analysis, 'warnings'>): LoopWarnings {
	let heard: readonly LoopWarning[] | null = null;
	return {
		hear(warnings) {
			heard = warnings;
		},
		warnings: (now) => (heard ? Promise.resolve(heard) : before.warnings(now))
	};
}
