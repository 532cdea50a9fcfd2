import type { LpModel } from '../lp/types.js';
import type { AllocationModel } from '../model/modelIndex.js';
import { certainSurvival } from '../model/certainSurvival.js';
import { predictSurvival, survivalKey, type SurvivalCause } from '../model/predictSurvival.js';
import { withSurvival } from '../model/withSurvival.js';

/** Re-solves at most this many times while the expected survival periods change (each re-solve is a full solve). */
const MAX_RESOLVES = 3;

/**
 * Solves a policy's model for the world that will execute it: when the solution leaves enough people below a
 * lifeline that the world will enter survival mode (and cut quotas), the model is re-solved with the cut in
 * those periods, until the periods it expects are the ones its solution leads to. A world that never enters
 * survival costs one solve. `guess` is where to start (the survival periods of another policy over the same
 * world, usually the same ones since they follow from what no policy can change, such as housing): a right guess
 * costs one solve, a wrong one a re-solve; without one, the periods the world enters under any plan
 * (`certainSurvival`). The first solve is posted before the first await, so a caller may build the next model
 * meanwhile. `xOf` reads an optimal outcome's solution (null for any other outcome); every outcome is returned,
 * for timings.
 */
export async function solveForWorld<O>(
	base: AllocationModel,
	solve: (model: LpModel, previous: O | null) => Promise<O>,
	xOf: (outcome: O) => ArrayLike<number> | null,
	guess: readonly SurvivalCause[] = []
): Promise<{ readonly m: AllocationModel; readonly outcome: O; readonly solves: readonly O[] }> {
	const rule = base.settings.survival;
	// Without a guess, the periods no plan can keep out of survival mode are known before any solve.
	const start = rule && !guess.length ? certainSurvival(base, rule) : guess;
	let m = rule && start.length ? withSurvival(base, start) : base;
	const solves = [await solve(m.model, null)];
	for (let i = 0; rule && i < MAX_RESOLVES; i++) {
		const x = xOf(solves.at(-1)!);
		if (!x) break;
		const causes = predictSurvival(m, x, rule);
		const cells = new Set(causes.map((c) => survivalKey(c.region, c.period)));
		if (cells.size === m.survival.cells.size && [...cells].every((k) => m.survival.cells.has(k))) break;
		m = withSurvival(base, causes);
		// The same shape with new bounds: `previous` lets the solver start from the last basis.
		solves.push(await solve(m.model, solves.at(-1)!));
	}
	return { m, outcome: solves.at(-1)!, solves };
}
