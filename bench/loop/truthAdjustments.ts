import type { ForecastAdjustment } from '../../planner/index.js';
import type { LoopWorld } from '../../scenarios/loop/index.js';

/**
 * The rest of the simulation's true state, as the planner's adjustments to its reference world: per
 * region × good, the share of the reference capacity its sites have today (yields, breakdowns, shocks
 * to capacity, a quarantined work force; the season the planner computes itself), and the need per
 * person against the norm (demand surges). With `truthSnapshot`'s stocks this is the
 * perfect-information plan's input: what the world is, carried over the horizon.
 */
export function truthAdjustments(world: LoopWorld): () => Promise<readonly ForecastAdjustment[]> {
	const { compiled: w } = world;
	return async () => {
		const s = world.state;
		const capacity = new Map<number, { reference: number; today: number }>();
		for (let p = 0; p < w.P; p++) {
			const rk = w.prodRegion[p]! * w.K + w.prodResource[p]!;
			const c = capacity.get(rk) ?? { reference: 0, today: 0 };
			const factor =
				s.yieldFactor[p]! * (1 - s.disruption[p]!) * s.capacityFactor[p]! * s.labourFactor[w.prodRegion[p]!]!;
			capacity.set(rk, {
				reference: c.reference + w.prodCapacity[p]!,
				today: c.today + w.prodCapacity[p]! * factor
			});
		}
		const adjustments: ForecastAdjustment[] = [];
		for (let r = 0; r < w.R; r++) {
			for (let k = 0; k < w.K; k++) {
				const rk = r * w.K + k;
				const c = capacity.get(rk);
				const productionFactor = c && c.reference > 0 ? c.today / c.reference : 1;
				// Per person (a demand surge). People who moved are not a demand factor: the plan's quotas are
				// per person of the reference population, so a region's need scaled by its people would cut
				// (or inflate) each person's quota instead (measured: 3.8 M people-days lost after the flood).
				const demandFactor = s.demandFactor[rk]!;
				if (productionFactor !== 1 || demandFactor !== 1)
					adjustments.push({
						region: w.regions[r]!,
						resource: w.resources[k]!,
						productionFactor,
						demandFactor
					});
			}
		}
		return adjustments;
	};
}
