import type { AllocationModel } from './modelIndex.js';
import { survivalUnder, type SurvivalCause } from './predictSurvival.js';
import type { SurvivalRule } from './types.js';

/**
 * The region-periods the world puts in survival mode under every plan the model allows: each cell's
 * coverage is bounded by all the region could hold of the resource by that period (its stock, its
 * sites' capacity and every arc into it at capacity, as if nothing else drew on them), plus its
 * substitutes at their largest share; the rule applied to these bounds names regions no policy can
 * keep out. A round starts its first policy from them instead of solving once without the cut only
 * to learn it (in a world short everywhere, the cold solve without the cut cost 1.8× the cut one).
 */
export function certainSurvival(m: AllocationModel, rule: SurvivalRule): readonly SurvivalCause[] {
	const T = m.input.periods;
	// What can reach each region × resource in each period, then summed over periods so far.
	const reach = new Map<string, Float64Array>();
	const add = (region: string, resource: string, period: number, amount: number) => {
		const key = `${region}|${resource}`;
		let row = reach.get(key);
		if (!row) reach.set(key, (row = new Float64Array(T)));
		row[period]! += amount;
	};
	for (const s of m.stocks) if (s.period === 0) add(s.region, s.resource, 0, s.initial);
	for (const p of m.production) add(p.region, p.resource, p.period, p.upper);
	for (const s of m.shipments) add(s.to, s.resource, s.period, s.upper * (1 - s.lossRate));
	for (const row of reach.values()) for (let t = 1; t < T; t++) row[t]! += row[t - 1]!;
	const upper = m.model.variables;
	return survivalUnder(
		m,
		(c) => {
			const own = (reach.get(`${c.region}|${c.resource}`)?.[c.period] ?? 0) / c.need;
			const substituted = c.substitutes.reduce((t, s) => t + upper[s.column]!.upper, 0) / c.need;
			return Math.min(1, own + substituted);
		},
		rule
	);
}
