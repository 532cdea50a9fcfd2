import type { SimState } from '../step/types.js';
import type { ThreatObservation } from '../threat/stepThreats.js';
import type { CompiledWorld } from '../world/types.js';
import { round } from './round.js';
import type { Headline } from './types.js';

/** Accumulates the outage figures day by day (see `Headline`). */
export function createHeadline(world: CompiledWorld) {
	const { R, K } = world;
	const outage = new Int32Array(R);
	let peak = { share: 0, day: 0 };
	let below = 0;
	let lived = 0;
	let worstDay = { rk: -1, coverage: Infinity, day: 0 };
	return {
		/** Records a closed day from its observation; returns today's share below the lifeline. */
		day(state: SimState, observed: ThreatObservation): number {
			let people = 0;
			let under = 0;
			for (let r = 0; r < R; r++) {
				const persons = observed.persons[r]!;
				const share = observed.regions[r]!.belowLifeline;
				people += persons;
				under += share * persons;
				if (share > 0) outage[r]!++;
			}
			for (let rk = 0; rk < R * K; rk++) {
				const need = state.dayNeed[rk]!;
				if (need <= 0 || world.tier[rk % K] !== 'basic') continue;
				const c = state.dayGot[rk]! / need;
				if (c < worstDay.coverage) worstDay = { rk, coverage: c, day: state.day };
			}
			below += under;
			lived += people;
			const today = people > 0 ? under / people : 0;
			if (today > peak.share) peak = { share: today, day: state.day };
			return today;
		},
		/** The figures of the run; `runNeed`/`runGot` give the run coverage per region and resource. */
		result(runNeed: Float64Array, runGot: Float64Array, dp: number): Headline {
			let worst = { rk: -1, coverage: Infinity };
			for (let rk = 0; rk < R * K; rk++) {
				if (runNeed[rk]! <= 0 || world.tier[rk % K] !== 'basic') continue;
				const c = runGot[rk]! / runNeed[rk]!;
				if (c < worst.coverage) worst = { rk, coverage: c };
			}
			const where = (rk: number) => ({
				region: rk < 0 ? '' : world.regions[Math.floor(rk / K)]!,
				resource: rk < 0 ? '' : world.resources[rk % K]!
			});
			return {
				peakBelowLifeline: { share: round(peak.share, dp), day: peak.day },
				belowLifelineShare: round(lived > 0 ? below / lived : 0, dp),
				outageDays: Object.fromEntries(
					world.regions.flatMap((id, r) => (outage[r]! > 0 ? [[id, outage[r]!]] : []))
				),
				worstRegion: {
					...where(worst.rk),
					coverage: round(Number.isFinite(worst.coverage) ? worst.coverage : 1, dp)
				},
				worstDay: {
					...where(worstDay.rk),
					coverage: round(Number.isFinite(worstDay.coverage) ? worstDay.coverage : 1, dp),
					day: worstDay.day
				}
			};
		}
	};
}
