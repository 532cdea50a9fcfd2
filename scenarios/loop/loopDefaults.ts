import type { LoopOptions } from './types.js';

/** A round every four weeks (the planner's horizon), daily warnings, the weekly recompute of the domain brief. */
export const loopDefaults: LoopOptions = {
	roundEveryDays: 28,
	firstRoundDay: 14,
	attemptsPerRound: 2,
	warnEveryDays: 1,
	recomputeEveryDays: 7,
	historyDays: 56
};
