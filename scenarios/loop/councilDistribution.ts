import type { Allocation, Quota } from '../../data/plan/types.js';
import { substituteAllowed } from '../../data/plan/substitution.js';
import type { PlanningInput, SurvivalRule } from '../../planner/model/types.js';

/** What a region under manual distribution is expected to do over a plan's horizon. */
export interface CouncilInput {
	readonly region: string;
	/** The quotas its council holds (per person per day); a good without one is drawn at its norm. */
	readonly quotas: readonly Quota[];
	/** The survival protocol, and the days the region's mode in force has left (0: not in survival). */
	readonly survival: SurvivalRule | null;
	readonly survivalDays: number;
	/** Days clear before a level lifts (the threat machine's `liftAfterDays`). */
	readonly liftAfterDays: number;
}

/**
 * What a manual region's people will get, day by day over the plan's horizon, by the rule the world
 * applies there: no shipment of the plan reaches it; its sites make their capacity now (the telemetry's
 * production factors), up to need and room to store, with the inputs on hand; its people draw their
 * council's quotas from stock (substitutes as the catalogue allows), cut to the survival factor on the
 * days the region is in survival mode, which it enters the day after a lifeline good leaves the rule's
 * share of people below the lifeline, and leaves after `liftAfterDays` clear days. The planner's model
 * would instead ration the stock over the horizon and keep a reserve the council's quotas never keep.
 * Returns the deliveries per period as allocations (the resource and its substitutes), as the planner's.
 */
export function councilDistribution(input: PlanningInput, council: CouncilInput): Allocation[] {
	const region = input.regions.find((r) => r.id === council.region);
	if (!region) return [];
	const D = input.periodDays;
	const stock = new Map(
		input.stocks.filter((s) => s.region === region.id).map((s) => [s.resource, s.amount])
	);
	const room = new Map(region.storage.map((s) => [s.resource, s.capacity]));
	const factor = (resource: string, t: number, kind: 'demandFactor' | 'productionFactor') =>
		input.forecasts
			.filter((f) => f.region === region.id && f.resource === resource && (f.period ?? t) === t)
			.reduce((p, f) => p * (f[kind] ?? 1), 1);
	const flows = input.resources.filter((r) => r.tier === 'basic' && r.norm?.kind === 'flow');
	const needOf = (res: (typeof flows)[number], t: number) =>
		(region.population * res.norm!.perPerson +
			region.physicalWorkers * res.norm!.physicalLabourExtra +
			region.children * res.norm!.perChildExtra) *
		factor(res.id, t, 'demandFactor');
	const ratio = new Map(
		council.quotas.filter((q) => q.region === region.id).map((q) => [q.resource, q.perPersonPerDay])
	);
	const rule = council.survival;
	const lifeline = new Set(rule?.lifelineResources ?? flows.map((r) => r.id));
	let inSurvival = council.survivalDays > 0;
	let clear = council.liftAfterDays - council.survivalDays;
	const delivered = new Map<string, number>();
	const add = (resource: string, t: number, v: number) =>
		delivered.set(`${resource}|${t}`, (delivered.get(`${resource}|${t}`) ?? 0) + v);
	const take = (resource: string, wanted: number) => {
		const got = Math.max(0, Math.min(wanted, stock.get(resource) ?? 0));
		stock.set(resource, (stock.get(resource) ?? 0) - got);
		return got;
	};
	for (let day = 0; day < D * input.periods; day++) {
		const t = Math.floor(day / D);
		// Sites without inputs first, as the world orders them; then the rest with the inputs on hand.
		const sites = [...region.production].sort((a, b) => a.inputs.length - b.inputs.length);
		for (const p of sites) {
			const res = flows.find((r) => r.id === p.resource);
			const request = res ? needOf(res, t) : 0;
			const space = (room.get(p.resource) ?? 0) - (stock.get(p.resource) ?? 0) + request;
			let q = Math.min((p.capacityPerDay[t] ?? 0) * factor(p.resource, t, 'productionFactor'), space);
			for (const i of p.inputs) if (i.perUnit > 0) q = Math.min(q, (stock.get(i.resource) ?? 0) / i.perUnit);
			if (!(q > 0)) continue;
			for (const i of p.inputs) take(i.resource, q * i.perUnit);
			stock.set(p.resource, (stock.get(p.resource) ?? 0) + q);
		}
		let worstBelow = 0;
		for (const res of flows) {
			const need = needOf(res, t);
			if (!(need > 0)) continue;
			const quota = ratio.has(res.id) ? ratio.get(res.id)! / res.norm!.perPerson : 1;
			const asked = need * quota * (inSurvival && rule ? rule.quotaFactor : 1);
			const own = take(res.id, asked);
			add(res.id, t, own);
			let got = own;
			for (const sub of res.substitutes) {
				const perUnit = sub.perUnit ?? 1;
				const extra = substituteAllowed(asked - got, own, sub.maxShare, (stock.get(sub.by) ?? 0) * perUnit);
				take(sub.by, extra / perUnit);
				add(sub.by, t, extra / perUnit);
				got += extra;
			}
			const c = Math.min(1, got / need);
			if (rule && lifeline.has(res.id) && c < rule.lifeline) {
				const below = rule.rationing === 'proportional' ? 1 : 1 - c / rule.lifeline;
				worstBelow = Math.max(worstBelow, below);
			}
		}
		for (const res of input.resources)
			stock.set(res.id, (stock.get(res.id) ?? 0) * (1 - res.storageLossPerDay));
		// The world observes the day and acts on the next.
		const threshold = rule?.regionBelowLifelineAtLeast ?? null;
		const cause = threshold !== null && worstBelow >= threshold;
		if (cause) [inSurvival, clear] = [true, 0];
		else if (inSurvival && ++clear >= council.liftAfterDays) inSurvival = false;
	}
	return [...delivered].map(([key, amount]) => {
		const [resource, period] = key.split('|') as [string, string];
		return { region: region.id, resource, period: Number(period), amount };
	});
}
