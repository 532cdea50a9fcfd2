import type { PlanningInput } from '../model/types.js';
import type { NutritionTable, RationInput } from './types.js';

/**
 * The ration problem of a planning input, over its whole horizon: each region's stock of a food plus
 * what its sites can make, and each arc that carries a food, at its capacity and loss, costing its
 * tonne-kilometres (the allocation model's transport measure). One period: lead times and the
 * order of weeks are the allocation model's business; this asks what the foods can feed.
 */
export function rationFromPlanningInput(input: PlanningInput, table: NutritionTable): RationInput {
	const days = input.periods * input.periodDays;
	const foods = new Set(table.foods.map((f) => f.resource));
	const mass = new Map(input.resources.map((r) => [r.id, r.massKgPerUnit]));
	const supply = input.regions.flatMap((r) =>
		[...foods].flatMap((food) => {
			const stock = input.stocks.find((s) => s.region === r.id && s.resource === food)?.amount ?? 0;
			const made = r.production
				.filter((p) => p.resource === food)
				.reduce((t, p) => t + p.capacityPerDay.reduce((s, c) => s + c * input.periodDays, 0), 0);
			return stock + made > 0 ? [{ region: r.id, resource: food, amount: stock + made, costPerUnit: 0 }] : [];
		})
	);
	const links = input.arcs.flatMap((a) =>
		a.carries
			.filter((c) => foods.has(c.resource))
			.map((c) => ({
				id: a.id,
				from: a.from,
				to: a.to,
				resource: c.resource,
				capacity: c.capacityPerDay * days,
				costPerUnit: ((mass.get(c.resource) ?? 0) * a.lengthKm) / 1000,
				lossRate: a.lossRate
			}))
	);
	const regions = input.regions.map((r) => ({
		id: r.id,
		population: r.population,
		physicalWorkers: r.physicalWorkers,
		children: r.children
	}));
	return { days, regions, supply, links };
}
