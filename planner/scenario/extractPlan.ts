import type { Allocation, Plan, ProductionTarget, Quota, Transfer } from '../../data/plan/types.js';
import type { AllocationModel } from '../model/modelIndex.js';
import { survivalKey } from '../model/predictSurvival.js';

/** Amounts below this share of a model unit (a thousand people's daily norm) are dropped as noise. */
const EPSILON = 1e-7;

/** Turns a solution into the executable Plan, in catalogue units. */
export function extractPlan(m: AllocationModel, x: ArrayLike<number>): Plan {
	const { input, scale } = m;
	const allocations: Allocation[] = [];
	const delivered = new Map<string, number>();
	const peak = new Map<string, number>();
	for (const c of m.cells) {
		// Every served cell gets an allocation, 0 included: the simulation reads a missing allocation
		// as "no cap", so a week the plan leaves empty would otherwise be served from stock.
		const amount = x[c.delivered]! > EPSILON ? x[c.delivered]! * scale[c.resource]! : 0;
		allocations.push({ region: c.region, resource: c.resource, period: c.period, amount });
		// The quota is what a person may draw of the resource and its substitutes together (the
		// simulation draws the substitute for the rest, by `substituteAllowed`).
		const substituted = c.substitutes.reduce((t, s) => t + x[s.column]! * scale[c.resource]!, 0);
		const key = `${c.region}|${c.resource}`;
		delivered.set(key, (delivered.get(key) ?? 0) + amount + substituted);
		// In a period the world spends in survival mode it cuts every flow quota by the rule's factor, so
		// the quota it is given is the one before the cut: after it, people may draw what was planned
		// (over a period spent partly in survival mode, the period's mean of the cut).
		const cell = survivalKey(c.region, c.period);
		const share = m.survival.cells.has(cell) ? (m.survival.shares?.get(cell) ?? 1) : 0;
		const cut = 1 - (1 - m.survival.quotaFactor) * share;
		peak.set(key, Math.max(peak.get(key) ?? 0, (amount + substituted) / cut));
		for (const s of c.substitutes) {
			// A substitute is counted by what it supplies of the need (1 kg of quinoa for 1 kg of wheat by
			// the catalogue; 3400 kcal of food per kg of wheat by nutrient).
			allocations.push({
				region: c.region,
				resource: s.by,
				period: c.period,
				amount: x[s.column]! > EPSILON ? (x[s.column]! * scale[c.resource]!) / s.perUnit : 0
			});
		}
	}
	const transfers: Transfer[] = m.shipments
		.filter((s) => x[s.column]! > EPSILON)
		.map((s) => ({
			arc: s.arc,
			resource: s.resource,
			period: s.period,
			amount: x[s.column]! * scale[s.resource]!
		}));
	// Every site's target, 0 included: the simulation reads a missing target as "produce to need and
	// room to store", so a site the plan leaves idle would run anyway and draw its inputs (the demo
	// world's food and wheat draw energy) from the stock the plan had given to people.
	const production: ProductionTarget[] = m.production.map((p) => ({
		region: p.region,
		resource: p.resource,
		period: p.period,
		amount: x[p.column]! > EPSILON ? x[p.column]! * scale[p.resource]! : 0
	}));
	const kinds = new Map(m.cells.map((c) => [`${c.region}|${c.resource}`, c.kind]));
	const quotas: Quota[] = input.regions.flatMap((r) =>
		input.resources.flatMap((res) => {
			const key = `${r.id}|${res.id}`;
			if (!kinds.has(key) || r.population === 0) return [];
			// A daily quota is the largest period's delivery per person (before a survival cut): the
			// period's allocation is the cap that binds (a horizon average would cut the generous weeks to it and deliver less
			// than planned). Standing norms (housing) are a quota per person: averaged over the periods.
			const perPersonPerDay =
				kinds.get(key) === 'flow'
					? (peak.get(key) ?? 0) / (r.population * input.periodDays)
					: (delivered.get(key) ?? 0) / (r.population * input.periods);
			return [{ region: r.id, resource: res.id, perPersonPerDay }];
		})
	);
	return {
		start: input.start,
		periodDays: input.periodDays,
		periods: input.periods,
		quotas,
		allocations,
		transfers,
		production
	};
}
