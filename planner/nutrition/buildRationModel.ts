import { createLpBuilder, lpName, type Term } from '../lp/lpBuilder.js';
import type { LpModel } from '../lp/types.js';
import { rationDefaults } from './rationDefaults.js';
import type { NutritionTable, RationInput, RationOptions } from './types.js';

/** Person-days of a norm per model unit. */
const PERSON_DAYS = 1000;

/** A built ration model and where its answers are: food eaten and nutrient unmet per region. */
export interface RationModel {
	readonly model: LpModel;
	/** `scale`: catalogue units of the food per model unit. */
	readonly eaten: readonly {
		readonly region: string;
		readonly resource: string;
		readonly column: number;
		readonly scale: number;
	}[];
	/** `need`: the region's need over the horizon, in model units (as the column). */
	readonly unmet: readonly {
		readonly region: string;
		readonly nutrient: string;
		readonly column: number;
		readonly need: number;
	}[];
}

/**
 * The ration-and-network LP (as WFP plans food baskets: foods × nutrients × suppliers × transport,
 * after Stigler's diet problem, 1945): what each region eats of each food so that the nutrients
 * it supplies together meet each need, drawn from supplies and moved over links, at least cost.
 *   eaten[r,f] + Σ out[r,f] − Σ (1−loss)·in[r,f] = used[r,f] ≤ supply[r,f]
 *   Σ_f content[f,n]·eaten[r,f] + unmet[r,n] ≥ need[r,n]
 * A person-day of a nutrient unmet costs `shortfallCost` in every region (weighted by people, not
 * by region); the default mix is a preference (`mixDeviationCost` per unit away from it), never a
 * need of its own, so a food stands in for another by what it contains, not by its weight.
 * Model units are a thousand person-days: of a nutrient's norm for its rows, and of the norm a food
 * covers best for its columns, so that a famine of a million people keeps coefficients near 1.
 */
export function buildRationModel(
	input: RationInput,
	table: NutritionTable,
	options: Partial<RationOptions> = {}
): RationModel {
	const o = { ...rationDefaults, ...options };
	const b = createLpBuilder('ration', 'min');
	const foods = table.foods.map((f) => f.resource);
	const unit = new Map(table.nutrients.map((n) => [n.id, PERSON_DAYS * n.perPersonPerDay]));
	const scale = new Map(
		table.foods.map((f) => {
			const covers = table.nutrients.flatMap((n) => {
				const c = f.perUnit[n.id] ?? 0;
				return c > 0 ? [unit.get(n.id)! / c] : [];
			});
			return [f.resource, covers.length ? Math.min(...covers) : 1];
		})
	);
	const eaten: RationModel['eaten'][number][] = [];
	const unmet: RationModel['unmet'][number][] = [];
	const flow = new Map<string, Term[]>();
	const terms = (region: string, food: string) => {
		const key = `${region}|${food}`;
		if (!flow.has(key)) flow.set(key, []);
		return flow.get(key)!;
	};
	for (const s of input.supply) {
		if (!foods.includes(s.resource)) continue;
		const k = scale.get(s.resource)!;
		const used = b.variable(lpName('use', s.region, s.resource), {
			upper: s.amount / k,
			cost: s.costPerUnit * k
		});
		terms(s.region, s.resource).push([used, -1]);
	}
	for (const l of input.links) {
		if (!foods.includes(l.resource)) continue;
		const k = scale.get(l.resource)!;
		const moved = b.variable(lpName('move', l.id, l.resource), {
			upper: l.capacity / k,
			cost: l.costPerUnit * k
		});
		terms(l.from, l.resource).push([moved, 1]);
		terms(l.to, l.resource).push([moved, -(1 - l.lossRate)]);
	}
	for (const r of input.regions) {
		const columns = new Map<string, number>();
		for (const f of foods) {
			const column = b.variable(lpName('eat', r.id, f));
			terms(r.id, f).push([column, 1]);
			columns.set(f, column);
			eaten.push({ region: r.id, resource: f, column, scale: scale.get(f)! });
			const usual = table.defaultMix.find((d) => d.resource === f);
			if (usual && o.mixDeviationCost > 0) {
				// |eaten − usual| as over − under: only the distance from the usual ration costs.
				const cost = o.mixDeviationCost * scale.get(f)!;
				const over = b.variable(lpName('over', r.id, f), { cost });
				const under = b.variable(lpName('under', r.id, f), { cost });
				const target = (usual.perPersonPerDay * r.population * input.days) / scale.get(f)!;
				b.constraint(
					lpName('mix', r.id, f),
					[
						[column, 1],
						[over, -1],
						[under, 1]
					],
					{ lower: target, upper: target, kind: 'mix' }
				);
			}
		}
		for (const n of table.nutrients) {
			const need =
				((n.perPersonPerDay * r.population +
					(n.physicalLabourExtra ?? 0) * r.physicalWorkers +
					(n.perChildExtra ?? 0) * r.children) *
					input.days) /
				unit.get(n.id)!;
			if (!(need > 0)) continue;
			const column = b.variable(lpName('unmet', r.id, n.id), {
				upper: need,
				cost: o.shortfallCost * PERSON_DAYS
			});
			const supplied = table.foods.flatMap((f) => {
				const c = ((f.perUnit[n.id] ?? 0) * scale.get(f.resource)!) / unit.get(n.id)!;
				return c > 0 ? [[columns.get(f.resource)!, c] as const] : [];
			});
			b.constraint(lpName('nutrient', r.id, n.id), [...supplied, [column, 1]], {
				lower: need,
				kind: 'nutrient'
			});
			unmet.push({ region: r.id, nutrient: n.id, column, need });
		}
	}
	for (const [key, row] of flow)
		b.constraint(lpName('on_hand', ...key.split('|')), row, { upper: 0, kind: 'balance' });
	return { model: b.build(), eaten, unmet };
}
