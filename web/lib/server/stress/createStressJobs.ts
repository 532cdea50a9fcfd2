import { stressCases } from '../../../../scenarios/stress/index.js';
import type { RunCase, StressJob, StressJobs, StressJobState } from './types.js';

/**
 * The console's stress runner over `run` (runStress with the app's solvers and in-memory stores).
 * Seeds are 1..runs, as `resourceos stress --runs N` uses, so a console result can be re-run on the CLI.
 */
export function createStressJobs(run: RunCase, clock: () => number): StressJobs {
	const jobs = new Map<string, StressJob>();
	const listeners = new Map<string, Set<(state: StressJobState) => void>>();
	let running: string | null = null;
	const update = (id: string, state: StressJobState) => {
		jobs.set(id, { ...jobs.get(id)!, state });
		for (const listener of listeners.get(id) ?? []) listener(state);
	};
	return {
		start(caseId, runs, by) {
			if (running !== null) return { status: 'busy', id: running };
			const stress = stressCases[caseId];
			if (!stress) return { status: 'unknown-case', caseId };
			const id = `${caseId}-${jobs.size + 1}`;
			const total = stress.days * runs;
			const seeds = Array.from({ length: runs }, (_, i) => i + 1);
			jobs.set(id, {
				id,
				caseId,
				title: stress.title,
				runs,
				by,
				startedAt: clock(),
				state: { status: 'running', done: 0, total }
			});
			running = id;
			let done = 0;
			void run(stress, seeds, () => update(id, { status: 'running', done: ++done, total }))
				.then(
					(outcome): StressJobState => ({ ...outcome, done, total }),
					(error: unknown): StressJobState => ({
						status: 'failed',
						done,
						total,
						message: (error as Error).message
					})
				)
				.then((state) => {
					// Free before telling: whoever hears the end may start the next job at once.
					running = null;
					update(id, state);
				});
			return { status: 'started', id };
		},
		get: (id) => jobs.get(id),
		list: () => [...jobs.values()].reverse(),
		watch(id, listener) {
			const set = listeners.get(id) ?? new Set();
			set.add(listener);
			listeners.set(id, set);
			return () => set.delete(listener);
		}
	};
}
