import loadHighs from 'highs';
import type { ReferenceData } from '../../../../data/reference/index.js';
import type { TelemetryStore } from '../../../../data/telemetry/index.js';
import { highsSolver } from '../../../../planner/solver/highsSolver.js';
import { jsLpSolver } from '../../../../planner/solver/jsLpSolver.js';
import { runStress } from '../../../../scenarios/stress/index.js';
import { stressStores } from '../../../../scenarios/stress/node/stressStores.js';
import type { RunCase } from './types.js';

/** A macrotask turn: lets the server answer requests (pages, votes, this job's progress) in between. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The store with a turn of the event loop before every write. A run is otherwise one long stretch of
 * CPU with only microtask awaits, and the console would answer nobody (not even its own progress
 * stream) until the job ended.
 */
function yielding(inner: TelemetryStore): TelemetryStore {
	return {
		write: async (batch) => {
			await turn();
			return inner.write(batch);
		},
		latest: (filter) => inner.latest(filter),
		range: (series, from, to) => inner.range(series, from, to),
		aggregate: (filter, from, to, windowMs, fn) => inner.aggregate(filter, from, to, windowMs, fn),
		close: () => inner.close()
	};
}

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
				open: (clock) => {
					const stores = stressStores(clock);
					return { ...stores, store: yielding(stores.store) };
				},
				onProgress
			});
		} finally {
			await highs.close();
		}
	};
}
