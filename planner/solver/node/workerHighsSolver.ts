import { Worker } from 'node:worker_threads';
import { toHighsInput } from '../highsSolver.js';
import type { LpSolver, SolveOutcome } from '../types.js';

/**
 * HiGHS in a worker thread, so that a long solve never blocks the event loop (the console and the
 * MQTT broker keep running). One worker serves every solve until `close()`.
 */
export function workerHighsSolver(): LpSolver {
	let worker: Worker | null = null;
	let nextId = 0;
	const pending = new Map<number, (outcome: SolveOutcome) => void>();
	const start = () => {
		// On Node 20 `execArgv: ['--import', 'tsx']` fails for a .ts entry ("Unknown file extension");
		// a tiny eval bootstrap that registers tsx's API, then imports the entry, works under node, tsx and vitest.
		const entry = new URL('./highsWorker.ts', import.meta.url).href;
		const tsxApi = import.meta.resolve('tsx/esm/api');
		const w = new Worker(
			`import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`,
			{ eval: true }
		);
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
					algorithm: options.algorithm ?? 'simplex'
				});
			});
		},
		async close() {
			await worker?.terminate();
			worker = null;
		}
	};
}
