import type { PlanningInput } from '../model/types.js';

/**
 * The same world with every stock and every production capacity multiplied by `factor` (0.3: a
 * famine where seven tenths of what there is, and of what can be made, are lost): the scarcity
 * world of the fairness tests and of `npm run bench -- planner`.
 */
export function scaleSupply(input: PlanningInput, factor: number): PlanningInput {
	return {
		...input,
		stocks: input.stocks.map((s) => ({ ...s, amount: s.amount * factor })),
		forecasts: [
			...input.forecasts,
			...input.regions.flatMap((r) =>
				r.production.map((p) => ({ region: r.id, resource: p.resource, productionFactor: factor }))
			)
		]
	};
}
