import { Worker } from 'node:worker_threads';
import type { ClassProblem, LotteryOptions, SortitionSolver } from '../types.js';

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

/** A request to the HiGHS worker thread. */
export type WorkerRequest =
	| {
			readonly id: number;
			readonly kind: 'optimise';
			readonly problem: ClassProblem;
			readonly options: LotteryOptions;
			readonly stream: string;
	  }
	| { readonly id: number; readonly kind: 'relax'; readonly problem: ClassProblem };

/** What the worker sends back: a result, a progress line, an error (a bug or a solver failure), or that it is up. */
export type WorkerResponse =
	| { readonly id: number; readonly kind: 'result'; readonly value: unknown }
	| { readonly id: number; readonly kind: 'log'; readonly line: string }
	| { readonly id: number; readonly kind: 'error'; readonly message: string }
	| { readonly id: 0; readonly kind: 'ready' };

/** The solver crashed or failed; retrying the same input will fail the same way (the solve is deterministic). */
export class SolverError extends Error {
	readonly retryable = false;
	constructor(message: string) {
		super(message);
		this.name = 'SolverError';
	}
}

/**
 * The node implementation of the `SortitionSolver` port: HiGHS (wasm) in a worker thread running
 * `highsWorker.ts` (loaded through tsx's API). Requests run one at a time in the order sent.
 */
export function createWorkerSolver(options: { readonly log?: (line: string) => void } = {}): SortitionSolver {
	// On Node 20 `execArgv: ['--import', 'tsx']` fails for a .ts worker entry ("Unknown file extension"); a tiny
	// eval bootstrap that registers tsx's API and then imports the entry works under node, tsx and vitest.
	const entry = new URL('./highsWorker.ts', import.meta.url).href;
	const tsxApi = import.meta.resolve('tsx/esm/api');
	const worker = new Worker(
		`import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`,
		{ eval: true }
	);
	const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
	let next = 1;
	let failure: Error | undefined;
	worker.on('message', (message: WorkerResponse) => {
		if (message.kind === 'ready') return;
		if (message.kind === 'log') return options.log?.(message.line);
		const p = pending.get(message.id);
		if (!p) return;
		pending.delete(message.id);
		if (message.kind === 'error') p.reject(new SolverError(message.message));
		else p.resolve(message.value);
	});
	const failAll = (error: Error) => {
		failure = error;
		for (const p of pending.values()) p.reject(error);
		pending.clear();
	};
	worker.on('error', (error) => failAll(new SolverError(`HiGHS worker failed: ${error.message}`)));
	worker.on('exit', (code) => failAll(new SolverError(`HiGHS worker exited with code ${code}`)));
	const call = <T>(request: DistributiveOmit<WorkerRequest, 'id'>): Promise<T> => {
		if (failure) return Promise.reject(failure);
		const id = next++;
		return new Promise<T>((resolve, reject) => {
			pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
			worker.postMessage({ ...request, id });
		});
	};
	return {
		optimise: (problem, lotteryOptions, stream) =>
			call({ kind: 'optimise', problem, options: lotteryOptions, stream }),
		relax: (problem) => call({ kind: 'relax', problem }),
		async close() {
			worker.removeAllListeners('exit');
			await worker.terminate();
		}
	};
}
