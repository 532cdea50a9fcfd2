import { threatDefaults } from '../../sim/threat/defaults.js';
import type { LoopOptions, PremiseRule } from './types.js';

/** Nil under 2% of a region's daily need, made over 10%: a dark solar coast makes none, a lit one most. */
export const premiseDefaults: PremiseRule = { zeroShare: 0.02, madeShare: 0.1 };

/**
 * A round every four weeks (the planner's horizon) and between them on news, daily warnings, the weekly
 * recompute of the domain brief, the simulation's emergency protocols.
 */
export const loopDefaults: LoopOptions = {
	roundEveryDays: 28,
	firstRoundDay: 14,
	attemptsPerRound: 2,
	warnEveryDays: 1,
	recomputeEveryDays: 7,
	historyDays: 56,
	emergencyRounds: true,
	emergencyGapDays: 7,
	premise: premiseDefaults,
	threat: threatDefaults
};
