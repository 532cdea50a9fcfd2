import { round } from '../outcome/round.js';
import type { PeriodRates } from '../step/context.js';
import type { SimState } from '../step/types.js';
import type { CompiledWorld } from '../world/types.js';
import type { Deviations } from '../outcome/types.js';

const LISTED = 20;

/**
 * Tracks the plan's deviations: each day, per lane the plan's shipment against what departed
 * (a closed arc, an empty origin or lane capacity stop it), and per region-resource the plan's
 * production target against what was made (capacity, inputs, breakdowns). Automatic redistribution
 * on the same lane counts toward the plan only up to the plan's amount.
 */
export function createDeviations(world: CompiledWorld) {
	const { L } = world;
	const RK = world.R * world.K;
	const plannedT = new Float64Array(L);
	const executedT = new Float64Array(L);
	const plannedP = new Float64Array(RK);
	const executedP = new Float64Array(RK);
	let any = false;
	const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
	return {
		/** At a day's end: `plan` is the day's rates of the plan alone (null without a plan in force). */
		day(plan: PeriodRates | null, state: SimState): void {
			if (!plan || !plan.production) return;
			any = true;
			for (let lane = 0; lane < L; lane++) {
				const want = plan.transfer[lane]!;
				if (!(want > 0)) continue;
				plannedT[lane]! += want;
				executedT[lane]! += Math.min(want, state.dayShipped[lane]!);
			}
			const production = plan.production;
			for (let rk = 0; rk < RK; rk++) {
				const target = production[rk]!;
				if (!(target > 0)) continue;
				plannedP[rk]! += target;
				executedP[rk]! += Math.min(target, state.dayProduced[rk]!);
			}
		},
		result(dp: number): Deviations | null {
			if (!any) return null;
			const missed = (planned: Float64Array, executed: Float64Array) =>
				Array.from(planned, (p, i) => ({ i, miss: p - executed[i]! }))
					.filter((x) => x.miss > 1e-9 * Math.max(1, planned[x.i]!))
					.sort((a, b) => b.miss - a.miss || a.i - b.i)
					.slice(0, LISTED);
			return {
				transfers: {
					planned: round(sum(plannedT), dp),
					executed: round(sum(executedT), dp),
					short: missed(plannedT, executedT).map(({ i }) => ({
						arc: world.arcIds[world.laneArc[i]!]!,
						resource: world.resources[world.laneResource[i]!]!,
						planned: round(plannedT[i]!, dp),
						executed: round(executedT[i]!, dp)
					}))
				},
				production: {
					planned: round(sum(plannedP), dp),
					executed: round(sum(executedP), dp),
					short: missed(plannedP, executedP).map(({ i }) => ({
						region: world.regions[Math.floor(i / world.K)]!,
						resource: world.resources[i % world.K]!,
						planned: round(plannedP[i]!, dp),
						executed: round(executedP[i]!, dp)
					}))
				}
			};
		}
	};
}
