import loadHighs from 'highs';
import type { ReferenceData } from '../../../../data/reference/index.js';
import { highsSolver } from '../../../../planner/solver/highsSolver.js';
import { jsLpSolver } from '../../../../planner/solver/jsLpSolver.js';
import { runStress } from '../../../../scenarios/stress/index.js';
import { stressStores } from '../../../../scenarios/stress/node/stressStores.js';
import type { RunCase } from './types.js';

/**
 * `runStress` as `resourceos stress` runs it (HiGHS with the JS solver as the cross-check, fresh
 * in-memory stores per run), its HiGHS instance closed after each job.
 */
export function solverRunCase(reference: ReferenceData): RunCase {
	return async (stress, seeds, onProgress) => {
		const highs = highsSolver(loadHighs);
		try {
			return await runStress(stress, seeds, {
				reference,
				solvers: { highs, jslp: jsLpSolver() },
				open: stressStores,
				onProgress
			});
		} finally {
			await highs.close();
		}
	};
}
