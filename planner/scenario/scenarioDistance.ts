import type { Plan, ReserveFigure } from '../../data/plan/types.js';
import type { PlanningInput } from '../model/types.js';

/** Default merge threshold: scenarios whose coverage differs by less than half a point on average are near-duplicates. */
export const MERGE_DISTANCE = 0.005;

const amounts = (plan: Plan) => {
	const m = new Map<string, number>();
	for (const x of plan.allocations)
		m.set(
			`${x.region}|${x.resource}|${x.period}`,
			(m.get(`${x.region}|${x.resource}|${x.period}`) ?? 0) + x.amount
		);
	return m;
};

/**
 * Distance between two scenarios' allocations: the mean over region × resource × period of
 * |coverage_a − coverage_b| (shares of the need), 0 (same deliveries) .. 1. Substitutes count with
 * the resource they replace. Routing is left out on purpose: two plans that feed everyone alike but
 * ship along other roads are not a different choice for citizens (`routingDifference` reports it).
 */
export function scenarioDistance(
	a: Plan,
	b: Plan,
	needs: ReadonlyMap<string, number>,
	substituteOf: ReadonlyMap<string, string>
): number {
	const fold = (m: Map<string, number>) => {
		const out = new Map<string, number>();
		for (const [key, v] of m) {
			const [region, resource, period] = key.split('|') as [string, string, string];
			const k = `${region}|${substituteOf.get(resource) ?? resource}|${period}`;
			out.set(k, (out.get(k) ?? 0) + v);
		}
		return out;
	};
	const [da, db] = [fold(amounts(a)), fold(amounts(b))];
	let coverage = 0;
	for (const [key, need] of needs)
		coverage += Math.min(1, Math.abs((da.get(key) ?? 0) - (db.get(key) ?? 0)) / need);
	return coverage / Math.max(1, needs.size);
}

/**
 * Largest difference, in days of need, between two scenarios' end reserves of any resource (lowest
 * region or population-weighted mean): two plans that feed alike but leave the next round with
 * different stores are a different choice.
 */
export function reserveDifference(a: readonly ReserveFigure[], b: readonly ReserveFigure[]): number {
	const other = new Map(b.map((r) => [r.resource, r]));
	let largest = 0;
	for (const r of a) {
		const o = other.get(r.resource);
		if (!o) continue;
		largest = Math.max(largest, Math.abs(r.minDays - o.minDays), Math.abs(r.meanDays - o.meanDays));
	}
	return largest;
}

/** Σ|transfer_a − transfer_b| ÷ Σ(transfer_a + transfer_b) over arc × resource × period, 0..1. */
export function routingDifference(a: Plan, b: Plan): number {
	const flows = (plan: Plan) =>
		new Map(plan.transfers.map((t) => [`${t.arc}|${t.resource}|${t.period}`, t.amount]));
	const [fa, fb] = [flows(a), flows(b)];
	let diff = 0;
	let sum = 0;
	for (const key of new Set([...fa.keys(), ...fb.keys()])) {
		diff += Math.abs((fa.get(key) ?? 0) - (fb.get(key) ?? 0));
		sum += (fa.get(key) ?? 0) + (fb.get(key) ?? 0);
	}
	return sum > 0 ? diff / sum : 0;
}

/** Need per `region|resource|period` in catalogue units (resources with a tier-1 norm), for the distance. */
export function needsByCell(input: PlanningInput): Map<string, number> {
	const needs = new Map<string, number>();
	for (const r of input.regions)
		for (const res of input.resources) {
			if (res.tier !== 'basic' || !res.norm || res.norm.perPerson <= 0) continue;
			const flow = res.norm.kind === 'flow';
			const n =
				(r.population * res.norm.perPerson +
					(flow ? r.physicalWorkers * res.norm.physicalLabourExtra : 0) +
					r.children * res.norm.perChildExtra) *
				(flow ? input.periodDays : 1);
			if (n > 0) for (let t = 0; t < input.periods; t++) needs.set(`${r.id}|${res.id}|${t}`, n);
		}
	return needs;
}
