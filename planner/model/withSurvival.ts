import type { AllocationModel } from './modelIndex.js';
import { survivalKey, type SurvivalCause } from './predictSurvival.js';

/**
 * The model of a world in survival mode where `causes` say: there each tier-1 flow need is served at
 * most at the rule's quota factor (what the world's cut quotas let people draw), by a lower bound on
 * the cell's shortfall. Standing norms (housing) are not cut. What the cut leaves in stock is the
 * plan's to use elsewhere or to keep.
 */
export function withSurvival(m: AllocationModel, causes: readonly SurvivalCause[]): AllocationModel {
	const cells = new Set(causes.map((c) => survivalKey(c.region, c.period)));
	// Of two causes of one cell, the longer holds (a need of the plan outlasts a mode in force lifting).
	const shares = new Map<string, number>();
	for (const c of causes) {
		const key = survivalKey(c.region, c.period);
		shares.set(key, Math.max(shares.get(key) ?? 0, c.share ?? 1));
	}
	const cutOf = (key: string) => (1 - m.survival.quotaFactor) * shares.get(key)!;
	const variables = [...m.model.variables];
	const capped = new Map<string, number>();
	for (const c of m.cells) {
		const key = survivalKey(c.region, c.period);
		if (c.kind !== 'flow' || !cells.has(key)) continue;
		const cut = cutOf(key);
		variables[c.shortfall] = { ...variables[c.shortfall]!, lower: cut * c.need };
		// People may draw no more than the cut quota, whatever their food's nutrients.
		variables[c.intakeShortfall] = { ...variables[c.intakeShortfall]!, lower: cut * c.need };
		capped.set(`${c.region}|${c.resource}|${c.period}`, (1 - cut) * c.need);
	}
	// A council's priority guarantee cannot promise more than the cut quotas let people draw: there it is
	// held at the cut (the world gives no more), rather than making the whole policy infeasible.
	const constraints = m.model.constraints.map((row, i) => {
		const meta = m.rows[i]!;
		if (meta.kind !== 'priority') return row;
		const most = capped.get(`${meta.region}|${meta.resource}|${meta.period}`);
		return most === undefined || row.lower <= most ? row : { ...row, lower: most };
	});
	return {
		...m,
		model: { ...m.model, variables, constraints },
		survival: { quotaFactor: m.survival.quotaFactor, causes, cells, shares }
	};
}
