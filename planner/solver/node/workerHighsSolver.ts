import type { Worker } from 'node:worker_threads';
import { toHighsInput } from '../highsSolver.js';
import type { LpSolver, SolveOutcome } from '../types.js';
import { startTsWorker } from './startTsWorker.js';

/**
 * HiGHS in a worker thread, so that a long solve never blocks the event loop (the console and the
 * MQTT broker keep running). One worker serves every solve until `close()`.
 */
export function workerHighsSolver(): LpSolver {
	let worker: Worker | null = null;
	let nextId = 0;
	const pending = new Map<number, (outcome: SolveOutcome) => void>();
	const start = () => {
		const w = startTsWorker(new URL('./highsWorker.ts', import.meta.url));
		w.on('message', (m: { id: number; outcome: SolveOutcome }) => {
			pending.get(m.id)?.(m.outcome);
			pending.delete(m.id);
		});
		w.on('error', (error) => {
			for (const resolve of pending.values())
				resolve({ status: 'failed', solver: 'highs', message: `worker: ${error.message}`, ms: 0 });
			pending.clear();
			worker = null;
		});
		return w;
	};
	return {
		name: 'highs',
		solve(model, options = {}) {
			worker ??= start();
			const id = nextId++;
			const input = toHighsInput(model);
			return new Promise((resolve) => {
				pending.set(id, resolve);
				worker!.postMessage({
					id,
					input,
					timeLimitSeconds: options.timeLimitSeconds ?? 60,
					algorithm: options.algorithm ?? 'simplex',
					basis: options.basis ?? null
				});
			});
		},
		async close() {
			await worker?.terminate();
			worker = null;
		}
	};
}
