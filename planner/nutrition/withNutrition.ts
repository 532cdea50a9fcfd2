import type { PlanningInput, PlanningResource } from '../model/types.js';
import type { NutritionTable } from './types.js';

/** Why a table cannot be applied to a catalogue: a value, not an exception (bad input, not a bug). */
export type WithNutrition =
	| { readonly status: 'ok'; readonly input: PlanningInput }
	| { readonly status: 'unusable'; readonly reason: string };

/**
 * The planning input with food counted by nutrient: the resource that carries the energy need (the
 * catalogue's food, in kcal) becomes the ration, and every other food of the table stands in for it
 * by the energy it supplies (a kg of wheat for 3400 kcal, of quinoa for 3680), in any share. Their
 * own norms (the catalogue's 0.5 kg of wheat) stop being needs of their own: the grain is inside
 * the 3000 kcal, not on top of them, and quinoa replaces wheat by what it supplies, not by weight.
 * Only the first nutrient (energy) is a need here: protein and the default mix are the ration
 * model's (`buildRationModel`), not yet the allocation model's.
 */
export function withNutrition(input: PlanningInput, table: NutritionTable): WithNutrition {
	const energy = table.nutrients[0];
	if (!energy) return { status: 'unusable', reason: 'the table lists no nutrient' };
	const content = new Map(table.foods.map((f) => [f.resource, f.perUnit[energy.id] ?? 0]));
	const ration = input.resources.find(
		(r) => content.has(r.id) && r.unit === energy.unit && r.norm?.kind === 'flow'
	);
	if (!ration)
		return {
			status: 'unusable',
			reason: `no food of the table is a daily need in ${energy.unit} (the nutrient ${energy.id})`
		};
	const perNeedUnit = content.get(ration.id)!;
	if (!(perNeedUnit > 0))
		return { status: 'unusable', reason: `${ration.id} supplies no ${energy.id} in the table` };
	const foods = input.resources.filter((r) => r.id !== ration.id && (content.get(r.id) ?? 0) > 0);
	const eaten = new Set(foods.map((f) => f.id));
	const resources = input.resources.map((r): PlanningResource => {
		if (r.id === ration.id)
			return {
				...r,
				norm: {
					...r.norm!,
					perPerson: energy.perPersonPerDay,
					physicalLabourExtra: energy.physicalLabourExtra ?? 0,
					perChildExtra: energy.perChildExtra ?? 0
				},
				substitutes: [
					...r.substitutes.filter((s) => !eaten.has(s.by)),
					...foods.map((f) => ({ by: f.id, maxShare: 1, perUnit: content.get(f.id)! / perNeedUnit }))
				]
			};
		// A food of the table is eaten as part of the ration; it is no need of its own any more.
		return eaten.has(r.id) ? { ...r, norm: null, substitutes: [] } : r;
	});
	return { status: 'ok', input: { ...input, resources } };
}
