import type { PlanningResource } from './types.js';

/**
 * Catalogue units per model unit: one thousand people's daily norm (or standing norm), so that every
 * row is of order 1–10⁵ whatever the unit (kcal or doses). Well-scaled rows keep the solvers'
 * absolute tolerances meaningful. A resource without a norm borrows the scale of the one it can
 * substitute (quinoa counts like wheat; wheat as the kilograms that supply food's kcal), else 1000 units.
 */
export function modelScale(resources: readonly PlanningResource[]): Record<string, number> {
	const scale: Record<string, number> = {};
	for (const r of resources) if (r.norm && r.norm.perPerson > 0) scale[r.id] = 1000 * r.norm.perPerson;
	for (const r of resources)
		for (const s of r.substitutes)
			if (scale[s.by] === undefined && scale[r.id] !== undefined)
				scale[s.by] = scale[r.id]! / (s.perUnit ?? 1);
	for (const r of resources) scale[r.id] ??= 1000;
	return scale;
}
