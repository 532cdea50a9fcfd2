import type { ReferenceData } from '../../../../../data/reference/index.js';
import { startTsWorker } from '../../../../../planner/solver/node/startTsWorker.js';
import type { RunCase } from '../types.js';
import type { StressJobMessage, StressWorkerMessage } from './types.js';

/**
 * Each job in its own worker thread: a day's analysis and planning are seconds of CPU, which on the
 * console's thread would hold every vote and page behind them. Progress comes back as messages, so
 * the job's server-sent events are unchanged; the worker ends with its job.
 */
export function workerRunCase(reference: ReferenceData): RunCase {
	return (stress, seeds, onProgress) =>
		new Promise((resolve) => {
			const worker = startTsWorker(new URL('./stressWorker.ts', import.meta.url));
			worker.postMessage({ reference, caseId: stress.id, seeds } satisfies StressJobMessage);
			let ended = false;
			const end = (outcome: Parameters<typeof resolve>[0]) => {
				if (ended) return;
				ended = true;
				void worker.terminate();
				resolve(outcome);
			};
			worker.on('message', (m: StressWorkerMessage) => {
				if (m.kind === 'day') onProgress({ run: m.run, day: m.day });
				else end(m.outcome);
			});
			worker.on('error', (error) => end({ status: 'failed', message: `worker: ${error.message}` }));
			worker.on('exit', (code) =>
				end({ status: 'failed', message: `worker exited (${code}) before the end` })
			);
		});
}
