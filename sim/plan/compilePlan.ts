import type { Plan } from '../../data/plan/types.js';
import type { InputIssue } from '../../data/schema/index.js';
import type { CompiledWorld } from '../world/types.js';
import type { CompiledPlan } from './types.js';

const DAY_MS = 86_400_000;

export type CompiledPlanResult =
	| { readonly ok: true; readonly plan: CompiledPlan }
	| { readonly ok: false; readonly issues: readonly InputIssue[] };

/** Indexes an adopted plan against a world; a plan naming an unknown region, resource, arc or lane comes back as issues. */
export function compilePlan(plan: Plan, world: CompiledWorld): CompiledPlanResult {
	const { R, K, L } = world;
	const RK = R * K;
	const issues: InputIssue[] = [];
	const rk = (path: string, region: string, resource: string): number => {
		const r = world.regionIndex.get(region);
		const k = world.resourceIndex.get(resource);
		if (r === undefined)
			issues.push({ path: `${path}.region`, expected: 'should be a region of the world', received: region });
		if (k === undefined)
			issues.push({
				path: `${path}.resource`,
				expected: 'should be a resource of the catalogue',
				received: resource
			});
		return r === undefined || k === undefined ? -1 : r * K + k;
	};
	const period = (path: string, p: number) => {
		if (p >= plan.periods)
			issues.push({ path: `${path}.period`, expected: `should be < periods (${plan.periods})`, received: p });
		return p < plan.periods;
	};
	const quota = new Float64Array(RK).fill(NaN);
	const allocationRate = new Float64Array(plan.periods * RK).fill(NaN);
	const productionRate = new Float64Array(plan.periods * RK).fill(NaN);
	const transferRate = new Float64Array(plan.periods * L);
	plan.quotas.forEach((q, i) => {
		const index = rk(`quotas.${i}`, q.region, q.resource);
		if (index >= 0) quota[index] = q.perPersonPerDay;
	});
	const addRate = (target: Float64Array, index: number, amount: number) => {
		target[index] = (Number.isNaN(target[index]!) ? 0 : target[index]!) + amount / plan.periodDays;
	};
	plan.allocations.forEach((a, i) => {
		const index = rk(`allocations.${i}`, a.region, a.resource);
		if (index >= 0 && period(`allocations.${i}`, a.period))
			addRate(allocationRate, a.period * RK + index, a.amount);
	});
	plan.production.forEach((t, i) => {
		const index = rk(`production.${i}`, t.region, t.resource);
		if (index >= 0 && period(`production.${i}`, t.period))
			addRate(productionRate, t.period * RK + index, t.amount);
	});
	plan.transfers.forEach((t, i) => {
		const a = world.arcIndex.get(t.arc);
		const k = world.resourceIndex.get(t.resource);
		if (a === undefined)
			issues.push({ path: `transfers.${i}.arc`, expected: 'should be an arc of the world', received: t.arc });
		if (k === undefined)
			issues.push({
				path: `transfers.${i}.resource`,
				expected: 'should be a resource of the catalogue',
				received: t.resource
			});
		if (a === undefined || k === undefined) return;
		const lane = world.laneIndex.get(`${a}:${k}`);
		if (lane === undefined)
			issues.push({
				path: `transfers.${i}.resource`,
				expected: `should be a resource arc ${t.arc} carries`,
				received: t.resource
			});
		else if (period(`transfers.${i}`, t.period))
			transferRate[t.period * L + lane]! += t.amount / plan.periodDays;
	});
	if (issues.length > 0) return { ok: false, issues };
	const startDay = Math.round((Date.parse(`${plan.start}T00:00:00Z`) - world.startMs) / DAY_MS);
	const used = new Set<number>();
	transferRate.forEach((rate, i) => {
		if (rate > 0) used.add(i % L);
	});
	const usedLanes = Int32Array.from([...used].sort((a, b) => a - b));
	return {
		ok: true,
		plan: {
			startDay,
			periodDays: plan.periodDays,
			periods: plan.periods,
			quota,
			allocationRate,
			productionRate,
			transferRate,
			usedLanes
		}
	};
}
