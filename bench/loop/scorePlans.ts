import type { ProposedScenario } from '../../data/plan/types.js';
import type { CompiledWorld } from '../../sim/world/types.js';
import type { Truth } from './recordTruth.js';

/** Predicted (the scenario's mean coverage) and executed (what the world delivered) coverage of one adopted plan, 0..1. */
export interface PlanExecution {
	readonly day: number;
	/** The day after its last scored day (its horizon, the next adoption or the run's end). */
	readonly end: number;
	readonly scenario: string;
	readonly predicted: number;
	readonly executed: number;
}

/**
 * Executed coverage computed like the planner's `meanCoverage`: per region, the mean over basic
 * resources with a norm of delivered ÷ need over the plan's days (until its horizon or the next
 * adoption), weighted by population.
 */
export function scorePlans(
	world: CompiledWorld,
	truth: Truth,
	adoptions: readonly { readonly day: number; readonly scenario: ProposedScenario }[]
): PlanExecution[] {
	const { R, K } = world;
	return adoptions.map(({ day, scenario }, i) => {
		const horizon = scenario.plan.periods * scenario.plan.periodDays;
		const end = Math.min(day + horizon, adoptions[i + 1]?.day ?? Infinity, truth.need.length);
		let weighted = 0;
		let people = 0;
		for (let r = 0; r < R; r++) {
			const values: number[] = [];
			for (let k = 0; k < K; k++) {
				if (world.tier[k] !== 'basic' || !(world.norm[k]! > 0)) continue;
				let need = 0;
				let got = 0;
				for (let d = day; d < end; d++) {
					need += truth.need[d]![r * K + k]!;
					got += Math.min(truth.got[d]![r * K + k]!, truth.need[d]![r * K + k]!);
				}
				if (need > 0) values.push(got / need);
			}
			if (values.length === 0) continue;
			const population = world.adults[r]! + world.children[r]!;
			weighted += (values.reduce((a, b) => a + b, 0) / values.length) * population;
			people += population;
		}
		return {
			day,
			end,
			scenario: scenario.id,
			predicted: scenario.metrics.meanCoverage,
			executed: people > 0 ? weighted / people : 1
		};
	});
}
