import type { LoopWorld } from '../../scenarios/loop/index.js';

/** What the world really did each day, per region × resource (rk = r·K + k): need and delivered units, person-days short. */
export interface Truth {
	readonly need: Float64Array[];
	readonly got: Float64Array[];
	/** Person-days below the norm (the simulation's shortfall). */
	readonly shortfall: Float64Array[];
}

/** Wraps a world so that every simulated day's true need and delivery are kept (the scoreboard's ground truth). */
export function recordTruth(world: LoopWorld): { readonly world: LoopWorld; readonly truth: Truth } {
	const truth: Truth = { need: [], got: [], shortfall: [] };
	const recorded: LoopWorld = {
		compiled: world.compiled,
		state: world.state,
		day: () => world.day(),
		dateOf: (day) => world.dateOf(day),
		adopt: (plan) => world.adopt(plan),
		async stepDay(publish) {
			await world.stepDay(publish);
			const s = world.state;
			truth.need.push(Float64Array.from(s.dayNeed));
			truth.got.push(Float64Array.from(s.dayGot));
			truth.shortfall.push(Float64Array.from(s.dayShortfall));
		}
	};
	return { world: recorded, truth };
}
