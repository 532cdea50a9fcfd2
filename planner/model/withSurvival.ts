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
	const cut = 1 - m.survival.quotaFactor;
	const variables = [...m.model.variables];
	for (const c of m.cells) {
		if (c.kind !== 'flow' || !cells.has(survivalKey(c.region, c.period))) continue;
		variables[c.shortfall] = { ...variables[c.shortfall]!, lower: cut * c.need };
	}
	return {
		...m,
		model: { ...m.model, variables },
		survival: { quotaFactor: m.survival.quotaFactor, causes, cells }
	};
}
