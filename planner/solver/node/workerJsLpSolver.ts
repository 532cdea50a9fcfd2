import type { LpSolver, SolveOutcome } from '../types.js';
import { startTsWorker } from './startTsWorker.js';

/**
 * javascript-lp-solver in a worker thread of its own for each solve, stopped when the time limit
 * passes: the library has no time limit and its tableau simplex ran for over 150 s on Netlib
 * models of a few hundred variables, blocking the thread it runs on. A stopped solve is a
 * `failed` outcome that says so; the round then reports the cross-check as skipped.
 */
export function workerJsLpSolver(): LpSolver {
	const running = new Set<ReturnType<typeof startTsWorker>>();
	return {
		name: 'jslp',
		solve(model, options = {}) {
			const seconds = options.timeLimitSeconds ?? 60;
			const started = performance.now();
			const worker = startTsWorker(new URL('./jsLpWorker.ts', import.meta.url));
			running.add(worker);
			return new Promise<SolveOutcome>((resolve) => {
				const finish = (outcome: SolveOutcome) => {
					clearTimeout(timer);
					running.delete(worker);
					void worker.terminate();
					resolve(outcome);
				};
				const timer = setTimeout(
					() =>
						finish({
							status: 'failed',
							solver: 'jslp',
							message: `javascript-lp-solver did not finish within ${seconds} s and was stopped`,
							ms: performance.now() - started
						}),
					seconds * 1000
				);
				worker.on('message', (outcome: SolveOutcome) => finish(outcome));
				worker.on('error', (error) =>
					finish({
						status: 'failed',
						solver: 'jslp',
						message: `worker: ${error.message}`,
						ms: performance.now() - started
					})
				);
				worker.postMessage(model);
			});
		},
		async close() {
			await Promise.all([...running].map((w) => w.terminate()));
			running.clear();
		}
	};
}
