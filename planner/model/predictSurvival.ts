import type { AllocationModel, CellIndex } from './modelIndex.js';
import type { SurvivalRule } from './types.js';

/** Why a region is expected in survival mode in a period: its worst lifeline need, or the federation's. */
export interface SurvivalCause {
	readonly region: string;
	readonly period: number;
	/**
	 * The lifeline need below the lifeline, and its planned coverage; null when the federation's level carries the
	 * region, or a survival mode already in force (`SurvivalRule.inForce`).
	 */
	readonly resource: string | null;
	readonly coverage: number;
	/** The share of the period the world spends in survival mode (default 1: all of it). */
	readonly share?: number;
}

/** Key of a region's period in `AllocationModel.survival.cells`. */
export const survivalKey = (region: string, period: number) => `${region}|${period}`;

/**
 * The periods in which the world will put each region in survival mode under a solution, by the
 * world's own rule: a region enters when the share of its people below the lifeline of a lifeline
 * need reaches the rule's share (lifeline-first rationing serves the lifeline to a share c ÷ lifeline
 * of them, proportional rationing leaves everyone at c); every region enters when the regions in
 * survival hold the federation's share of people. The world observes a day and acts the next, and
 * lifts a level only after days of margin; a plan that keeps a period's coverage steady within the
 * period makes the period's observation that of each of its days.
 */
export function predictSurvival(
	m: AllocationModel,
	x: ArrayLike<number>,
	rule: SurvivalRule
): readonly SurvivalCause[] {
	// A trigger's slack above a millionth of its level: the federation's stock falls under it that period.
	const triggered = new Set(m.triggers.filter((g) => x[g.slack]! > 1e-6 * g.level).map((g) => g.period));
	return survivalUnder(
		m,
		(c) => c.substitutes.reduce((t, s) => t + x[s.column]!, x[c.delivered]!) / c.need,
		rule,
		triggered
	);
}

/**
 * The world's survival rule applied to a coverage per cell (a solution's, or a bound on any solution's),
 * and to the periods in which the federation's stock falls under its stock-days trigger (every region enters).
 */
export function survivalUnder(
	m: AllocationModel,
	coverageOf: (cell: CellIndex) => number,
	rule: SurvivalRule,
	stockTriggered: ReadonlySet<number> = new Set()
): readonly SurvivalCause[] {
	const basic = new Set(m.input.resources.filter((r) => r.tier === 'basic').map((r) => r.id));
	const named = (rule.lifelineResources ?? []).filter((id) => basic.has(id));
	// As the simulation does: a catalogue that names none of the lifeline needs has every basic need as one.
	const lifeline = new Set(named.length ? named : basic);
	const worst = new Map<string, { below: number; resource: string; coverage: number }>();
	for (const c of m.cells) {
		if (!lifeline.has(c.resource)) continue;
		const coverage = coverageOf(c);
		if (coverage >= rule.lifeline) continue;
		const below = rule.rationing === 'proportional' ? 1 : 1 - coverage / rule.lifeline;
		const key = survivalKey(c.region, c.period);
		if (below > (worst.get(key)?.below ?? 0)) worst.set(key, { below, resource: c.resource, coverage });
	}
	const people = new Map(m.input.regions.map((r) => [r.id, r.population]));
	const total = m.input.regions.reduce((t, r) => t + r.population, 0);
	const causes: SurvivalCause[] = [];
	for (let t = 0; t < m.input.periods; t++) {
		const own = m.input.regions.flatMap((r): SurvivalCause[] => {
			const w = worst.get(survivalKey(r.id, t));
			const threshold = rule.regionBelowLifelineAtLeast;
			if (w && threshold !== null && w.below >= threshold)
				return [{ region: r.id, period: t, resource: w.resource, coverage: w.coverage }];
			if (t !== 0 || !rule.inForce?.includes(r.id)) return [];
			// A mode in force lasts its days left (`inForceDays`) unless a need of the plan keeps it on.
			const days = rule.inForceDays?.[r.id] ?? m.input.periodDays;
			const share = Math.min(1, days / m.input.periodDays);
			return share > 0 ? [{ region: r.id, period: t, resource: null, coverage: NaN, share }] : [];
		});
		const share = own.reduce((s, c) => s + people.get(c.region)!, 0) / Math.max(1, total);
		const federation = rule.federationRegionsAtLeast;
		const all = (own.length > 0 && federation !== null && share >= federation) || stockTriggered.has(t);
		const carried = all
			? m.input.regions
					.filter((r) => r.population > 0 && !own.some((c) => c.region === r.id))
					.map((r) => ({ region: r.id, period: t, resource: null, coverage: NaN }))
			: [];
		causes.push(...own, ...carried);
	}
	return causes;
}
