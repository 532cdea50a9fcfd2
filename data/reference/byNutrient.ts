import type { Catalogue, Resource } from './types.js';

/**
 * What `byNutrient` reads of a nutrition table (`planner/nutrition`'s `NutritionTable`, validated by
 * its `NutritionTableSchema`; the shipped one is `data/reference/nutrition.json`): the first
 * nutrient is the energy need, the others further needs (protein), and each food's content of them
 * per catalogue unit.
 */
export interface EnergyTable {
	readonly nutrients: readonly {
		readonly id: string;
		readonly unit: string;
		readonly perPersonPerDay: number;
		readonly physicalLabourExtra?: number;
		readonly perChildExtra?: number;
	}[];
	readonly foods: readonly {
		readonly resource: string;
		readonly perUnit: Readonly<Record<string, number>>;
	}[];
}

/** A catalogue read by nutrient, or why the table does not fit it (bad input, not a bug). */
export type ByNutrient =
	| { readonly status: 'ok'; readonly catalogue: Catalogue }
	| { readonly status: 'unusable'; readonly reason: string };

/**
 * The catalogue with food counted by nutrient, the one definition the planner and the simulation
 * both read: the resource that carries the energy need (food, in kcal a day) becomes the ration, and
 * every other food of the table stands in for it by the energy it supplies (a kg of wheat for 3400
 * kcal, of quinoa for 3680), in any share. Their own norms (the catalogue's 0.5 kg of wheat a day)
 * stop being needs: the grain is inside the 3000 kcal, not on top of them, and quinoa replaces
 * wheat by what it supplies, not kilogram for kilogram. The table's other nutrients (protein, 60 g)
 * become the ration's further `nutrients`, with what each food carries of them: the plan and the world
 * count food as covered as far as its scarcer nutrient is. The default mix stays the ration model's
 * (`planner/nutrition/buildRationModel`).
 */
export function byNutrient(catalogue: Catalogue, table: EnergyTable): ByNutrient {
	const energy = table.nutrients[0];
	if (!energy) return { status: 'unusable', reason: 'the table lists no nutrient' };
	const content = new Map(table.foods.map((f) => [f.resource, f.perUnit[energy.id] ?? 0]));
	const ration = catalogue.resources.find(
		(r) => content.has(r.id) && r.unit === energy.unit && r.norm?.per === 'day'
	);
	if (!ration)
		return {
			status: 'unusable',
			reason: `no food of the table is a daily need in ${energy.unit} (the nutrient ${energy.id})`
		};
	const perNeedUnit = content.get(ration.id)!;
	if (!(perNeedUnit > 0))
		return { status: 'unusable', reason: `${ration.id} supplies no ${energy.id} in the table` };
	const further = table.nutrients.slice(1);
	const extra = further.find((n) => (n.physicalLabourExtra ?? 0) > 0 || (n.perChildExtra ?? 0) > 0);
	if (extra)
		return {
			status: 'unusable',
			reason: `${extra.id} has extras for physical labour or children; only the energy need may have them`
		};
	const carried = (id: string) =>
		Object.fromEntries(
			further.map((n) => [n.id, table.foods.find((f) => f.resource === id)?.perUnit[n.id] ?? 0])
		);
	const foods = catalogue.resources.filter((r) => r.id !== ration.id && (content.get(r.id) ?? 0) > 0);
	const eaten = new Set(foods.map((f) => f.id));
	const resources = catalogue.resources.map((r): Resource => {
		if (r.id === ration.id)
			return {
				...r,
				norm: {
					perPerson: energy.perPersonPerDay,
					per: 'day',
					physicalLabourExtra: energy.physicalLabourExtra ?? 0,
					perChildExtra: energy.perChildExtra ?? 0
				},
				substitutes: [
					...(r.substitutes ?? []).filter((s) => !eaten.has(s.by)),
					...foods.map((f) => ({
						by: f.id,
						maxShare: 1,
						perUnit: content.get(f.id)! / perNeedUnit,
						...(further.length > 0 ? { nutrients: carried(f.id) } : {})
					}))
				],
				...(further.length > 0
					? {
							nutrients: further.map((n) => ({
								id: n.id,
								unit: n.unit,
								perPersonPerDay: n.perPersonPerDay,
								perUnit: carried(ration.id)[n.id]!
							}))
						}
					: {})
			};
		if (!eaten.has(r.id)) return r;
		// A food of the table is eaten as part of the ration: no need of its own any more.
		const { norm: _norm, substitutes: _substitutes, ...rest } = r;
		return rest;
	});
	return { status: 'ok', catalogue: { ...catalogue, resources } };
}
