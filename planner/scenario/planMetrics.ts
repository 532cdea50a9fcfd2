import type { CoverageEntry, Plan, ScenarioMetrics } from '../../data/plan/types.js';
import type { PlanningInput, ReworkReason } from '../model/types.js';
import { gini } from '../../data/stats/gini.js';

/** Metrics that follow from a plan alone (reserve months need the stocks, so they are not here). */
export interface PlanFigures extends Pick<
	ScenarioMetrics,
	'minCoverage' | 'meanCoverage' | 'gini' | 'shortfallPersonDays' | 'transportTonneKm' | 'energyKWh'
> {
	readonly coverage: readonly CoverageEntry[];
}

/**
 * Recomputes coverage and costs from a Plan's allocations, transfers and production, in catalogue
 * units, without the LP: the same function scores the plan in force, so deltas compare like with
 * like, and it re-derives a scenario's figures independently of the columns they came from.
 * Shortfall person-days = missing amount ÷ the per-person norm (× period days for standing norms).
 * Coverage of a region and resource = (delivered + substitutes delivered) ÷ need over the horizon;
 * a period's delivery above its need counts only up to the need, and only as far as its further
 * nutrients reach (food is covered as far as the scarcer of its energy and protein is).
 */
export function planMetrics(
	plan: Plan,
	input: PlanningInput,
	rework: readonly ReworkReason[] = []
): PlanFigures {
	const D = plan.periodDays;
	const norms = new Map(input.resources.map((r) => [r.id, r.norm?.perPerson ?? 0]));
	for (const r of rework) if (r.kind === 'norm') norms.set(r.resource, r.perPersonPerDay);
	const delivered = new Map<string, number>();
	const add = (k: string, v: number) => delivered.set(k, (delivered.get(k) ?? 0) + v);
	// Each substitute with what one unit of it supplies of the need it stands in for.
	const substitutesOf = new Map(
		input.resources.map((r) => [r.id, r.substitutes.map((s) => [s.by, s.perUnit ?? 1] as const)])
	);
	const byKey = new Map<string, number>();
	for (const a of plan.allocations)
		byKey.set(
			`${a.region}|${a.resource}|${a.period}`,
			(byKey.get(`${a.region}|${a.resource}|${a.period}`) ?? 0) + a.amount
		);
	const coverage: CoverageEntry[] = [];
	const regionCoverage: number[] = [];
	const regionWeight: number[] = [];
	let shortfall = 0;
	let weighted = 0;
	let people = 0;
	for (const region of input.regions) {
		const values: number[] = [];
		for (const res of input.resources) {
			if (res.tier !== 'basic' || !res.norm || !(norms.get(res.id)! > 0)) continue;
			const norm = norms.get(res.id)!;
			const flow = res.norm.kind === 'flow';
			const perPeriod =
				region.population * norm +
				(flow ? region.physicalWorkers * res.norm.physicalLabourExtra : 0) +
				region.children * res.norm.perChildExtra;
			let got = 0;
			let need = 0;
			let worst = Infinity;
			let worstPeriod = 0;
			// A period with nothing needed is covered.
			const periods = Array.from({ length: plan.periods }, () => 1);
			for (let t = 0; t < plan.periods; t++) {
				const factor = input.forecasts
					.filter(
						(f) =>
							f.region === region.id && f.resource === res.id && (f.period === undefined || f.period === t)
					)
					.reduce((p, f) => p * (f.demandFactor ?? 1), 1);
				const n = perPeriod * (flow ? D : 1) * factor;
				if (!(n > 0)) continue;
				const subs = substitutesOf
					.get(res.id)!
					.reduce((s, [by, perUnit]) => s + (byKey.get(`${region.id}|${by}|${t}`) ?? 0) * perUnit, 0);
				const own = byKey.get(`${region.id}|${res.id}|${t}`) ?? 0;
				const g = Math.min(n, own + subs, nutrientReach(res, region, perPeriod, t, own, byKey));
				got += g;
				need += n;
				periods[t] = g / n;
				if (g / n < worst) [worst, worstPeriod] = [g / n, t];
				shortfall += ((n - g) / norm) * (flow ? 1 : D);
			}
			if (!(need > 0)) continue;
			add(`${region.id}|${res.id}`, got);
			const share = got / need;
			coverage.push({
				region: region.id,
				resource: res.id,
				tier: res.tier,
				coverage: share,
				worstPeriod,
				periods
			});
			values.push(share);
		}
		if (values.length === 0) continue;
		const mean = values.reduce((s, v) => s + v, 0) / values.length;
		regionCoverage.push(mean);
		regionWeight.push(region.population);
		weighted += mean * region.population;
		people += region.population;
	}
	const arcs = new Map(input.arcs.map((a) => [a.id, a]));
	const mass = new Map(input.resources.map((r) => [r.id, r.massKgPerUnit]));
	const energyId = input.resources.find((r) => r.unit === 'kWh')?.id;
	let tkm = 0;
	let energy = 0;
	for (const t of plan.transfers) {
		const arc = arcs.get(t.arc);
		if (!arc) continue;
		tkm += (t.amount * (mass.get(t.resource) ?? 0) * arc.lengthKm) / 1000;
		energy += t.amount * (arc.carries.find((c) => c.resource === t.resource)?.energyKWhPerUnit ?? 0);
	}
	const regions = new Map(input.regions.map((r) => [r.id, r]));
	for (const p of plan.production) {
		const inputs = regions.get(p.region)?.production.find((q) => q.resource === p.resource)?.inputs ?? [];
		energy += p.amount * inputs.filter((i) => i.resource === energyId).reduce((s, i) => s + i.perUnit, 0);
	}
	return {
		coverage,
		minCoverage: coverage.reduce((m, c) => Math.min(m, c.coverage), 1),
		meanCoverage: people > 0 ? weighted / people : 1,
		gini: gini(regionCoverage, regionWeight),
		shortfallPersonDays: shortfall,
		transportTonneKm: tkm,
		energyKWh: energy
	};
}

/**
 * How much of its need, in the good's units, a period's delivery covers by its further nutrients
 * (Infinity when it has none): the scarcest nutrient's supply, from the good and its substitutes, ÷ ρ,
 * that nutrient's need per unit of the good's need. The planner's `nut` rows say the same.
 */
function nutrientReach(
	res: PlanningInput['resources'][number],
	region: PlanningInput['regions'][number],
	needPerDay: number,
	t: number,
	own: number,
	byKey: ReadonlyMap<string, number>
): number {
	let reach = Infinity;
	for (const n of res.norm?.kind === 'flow' ? (res.nutrients ?? []) : []) {
		const supplied = res.substitutes.reduce(
			(s, sub) => s + (byKey.get(`${region.id}|${sub.by}|${t}`) ?? 0) * (sub.nutrients?.[n.id] ?? 0),
			own * n.perUnit
		);
		// The nutrient's need per unit of the good's need, ρ, as in the planner's rows.
		const rho = (region.population * n.perPersonPerDay) / needPerDay;
		reach = Math.min(reach, supplied / rho);
	}
	return reach;
}
