import type {
	ThreatCause,
	ThreatConditions,
	ThreatEvent,
	ThreatLevel,
	ThreatOptions,
	ThreatState,
	ThreatTrigger
} from './types.js';

/** Levels from lowest to highest. */
export const LEVELS: readonly ThreatLevel[] = ['normal', 'yellow', 'red', 'survival'];
/** A level's index in `LEVELS`. */
export const RANK: Readonly<Record<ThreatLevel, number>> = { normal: 0, yellow: 1, red: 2, survival: 3 };
const NONE: readonly ThreatCause[] = [];

/**
 * A level's rank by comparison, not `RANK[level]`: a lookup keyed by a varying name is a generic
 * access, and the levels are stepped for every region every day.
 */
export function rankOf(level: ThreatLevel): number {
	return level === 'normal' ? 0 : level === 'yellow' ? 1 : level === 'red' ? 2 : 3;
}
const CLEAR = { level: 'normal', causes: NONE } as const;

/**
 * The triggers of one level that fire on `c`. With `margin` > 1 the thresholds are loosened, which
 * is how a level is held: it lifts only once every trigger clears with margin (hysteresis).
 */
function firing(
	t: ThreatTrigger,
	level: Exclude<ThreatLevel, 'normal'>,
	c: ThreatConditions,
	margin = 1
): readonly ThreatCause[] {
	// Most scopes are clear most days: build the list only once a trigger fires (this runs per region
	// per day). No helper closure either: creating one per call was 5% of an hourly year (tsx names each).
	let causes: ThreatCause[] | null = null;
	if (t.stockDaysBelow !== null && c.stockDays < t.stockDaysBelow * margin)
		(causes ??= []).push({ trigger: 'stock-days', value: c.stockDays, threshold: t.stockDaysBelow });
	if (t.sensorsLostAtLeast !== null && c.sensorsLost > 0 && c.sensorsLost >= t.sensorsLostAtLeast / margin)
		(causes ??= []).push({ trigger: 'sensors-lost', value: c.sensorsLost, threshold: t.sensorsLostAtLeast });
	if (t.cutOff && c.cutOff) (causes ??= []).push({ trigger: 'cut-off', value: 1, threshold: 1 });
	if (
		t.belowLifelineAtLeast !== null &&
		c.belowLifeline > 0 &&
		c.belowLifeline >= t.belowLifelineAtLeast / margin
	)
		(causes ??= []).push({
			trigger: 'below-lifeline',
			value: c.belowLifeline,
			threshold: t.belowLifelineAtLeast
		});
	const at = c.regionsAtLeast;
	const share = level === 'yellow' ? at.yellow : level === 'red' ? at.red : at.survival;
	if (t.regionsAtLeast !== null && share > 0 && share >= t.regionsAtLeast / margin)
		(causes ??= []).push({ trigger: 'regions', value: share, threshold: t.regionsAtLeast });
	const rank = rankOf(level);
	const declared = rankOf(c.declared);
	if (declared >= rank) (causes ??= []).push({ trigger: 'declared', value: declared, threshold: rank });
	return causes ?? NONE;
}

/** Every trigger set for a level, with today's value: what a lifting event reports as cleared. */
function configured(
	t: ThreatTrigger,
	level: Exclude<ThreatLevel, 'normal'>,
	c: ThreatConditions
): ThreatCause[] {
	const causes: ThreatCause[] = [];
	if (t.stockDaysBelow !== null)
		causes.push({ trigger: 'stock-days', value: c.stockDays, threshold: t.stockDaysBelow });
	if (t.sensorsLostAtLeast !== null)
		causes.push({ trigger: 'sensors-lost', value: c.sensorsLost, threshold: t.sensorsLostAtLeast });
	if (t.cutOff) causes.push({ trigger: 'cut-off', value: c.cutOff ? 1 : 0, threshold: 1 });
	if (t.belowLifelineAtLeast !== null)
		causes.push({ trigger: 'below-lifeline', value: c.belowLifeline, threshold: t.belowLifelineAtLeast });
	if (t.regionsAtLeast !== null)
		causes.push({ trigger: 'regions', value: c.regionsAtLeast[level], threshold: t.regionsAtLeast });
	causes.push({ trigger: 'declared', value: RANK[c.declared], threshold: RANK[level] });
	return causes;
}

/** The highest level whose triggers fire (with `margin`), and those triggers. */
function highest(
	triggers: ThreatOptions['region'],
	c: ThreatConditions,
	margin: number
): { readonly level: ThreatLevel; readonly causes: readonly ThreatCause[] } {
	// Named reads, highest level first (see rankOf).
	let causes = firing(triggers.survival, 'survival', c, margin);
	if (causes.length > 0) return { level: 'survival', causes };
	causes = firing(triggers.red, 'red', c, margin);
	if (causes.length > 0) return { level: 'red', causes };
	causes = firing(triggers.yellow, 'yellow', c, margin);
	if (causes.length > 0) return { level: 'yellow', causes };
	return CLEAR;
}

/**
 * Steps one scope's level from today's conditions. A level rises at once to the highest level whose
 * triggers fire. It falls only after `liftAfterDays` consecutive days on which the current level's
 * triggers are clear with `liftMargin`, and then to the highest level still held with margin.
 * Returns the new state and the switch, if any, with its causes.
 */
export function stepThreat(
	state: ThreatState,
	conditions: ThreatConditions,
	triggers: ThreatOptions['region'],
	options: Pick<ThreatOptions, 'liftMargin' | 'liftAfterDays'>,
	day: number,
	scope: string
): { readonly state: ThreatState; readonly event: ThreatEvent | null } {
	const current = rankOf(state.level);
	const enter = highest(triggers, conditions, 1);
	if (rankOf(enter.level) > current) {
		return {
			state: { level: enter.level, since: day, clearDays: 0 },
			event: { day, scope, from: state.level, to: enter.level, causes: enter.causes }
		};
	}
	// At normal there is nothing to lift: the held level matters only above it (most scopes, most days).
	const held = current === 0 ? CLEAR : highest(triggers, conditions, options.liftMargin);
	if (rankOf(held.level) >= current)
		return { state: state.clearDays === 0 ? state : { ...state, clearDays: 0 }, event: null };
	const clearDays = state.clearDays + 1;
	if (clearDays < options.liftAfterDays) return { state: { ...state, clearDays }, event: null };
	const old = state.level as Exclude<ThreatLevel, 'normal'>;
	const cleared = configured(triggers[old], old, conditions);
	return {
		state: { level: held.level, since: day, clearDays: 0 },
		event: { day, scope, from: state.level, to: held.level, causes: cleared }
	};
}
