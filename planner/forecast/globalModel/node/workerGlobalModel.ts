import { Worker } from 'node:worker_threads';
import type { GlobalModelPort } from '../types.js';
import type { WorkerReply, WorkerRequest } from './protocol.js';

/** The global model failed inside its worker (or the worker died); retrying with the same input will not help. */
export class GlobalModelError extends Error {
	readonly retryable = false;
	constructor(message: string) {
		super(message);
		this.name = 'GlobalModelError';
	}
}

type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never;

/** The worker-thread implementation of the GlobalModelPort, plus a leak probe and `close` to end the thread. */
export interface WorkerGlobalModel extends GlobalModelPort {
	/** tfjs's live tensor count inside the worker. */
	numTensors(): Promise<number>;
	close(): Promise<void>;
}

/**
 * Starts one worker that trains and serves models (tfjs wasm), so training never blocks the caller's event loop.
 * The .ts worker is loaded through tsx's API from a tiny eval bootstrap: on Node 20 `execArgv: ['--import', 'tsx']`
 * alone fails with "Unknown file extension .ts" for a worker's entry file, while a dynamic import after
 * `register()` works, both under plain Node and under vitest.
 */
export function createWorkerGlobalModel(): WorkerGlobalModel {
	const entry = new URL('./globalModelWorker.ts', import.meta.url).href;
	const tsxApi = import.meta.resolve('tsx/esm/api');
	const boot = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
	const worker = new Worker(boot, { eval: true });
	const pending = new Map<number, { resolve: (r: WorkerReply) => void; reject: (e: Error) => void }>();
	let nextId = 1;
	const failAll = (error: Error) => {
		for (const p of pending.values()) p.reject(error);
		pending.clear();
	};
	worker.on('message', (reply: WorkerReply) => {
		const p = pending.get(reply.id);
		if (!p) return;
		pending.delete(reply.id);
		if (reply.type === 'error') p.reject(new GlobalModelError(reply.message));
		else p.resolve(reply);
	});
	worker.on('error', (error) =>
		failAll(new GlobalModelError(`global model worker failed: ${error.message}`))
	);
	worker.on('exit', (code) => failAll(new GlobalModelError(`global model worker exited with code ${code}`)));
	const call = (request: Distribute<WorkerRequest>, transfer: ArrayBuffer[] = []) =>
		new Promise<WorkerReply>((resolve, reject) => {
			const id = nextId++;
			pending.set(id, { resolve, reject });
			worker.postMessage({ ...request, id }, transfer);
		});
	return {
		async train(data, options) {
			const reply = await call({ type: 'train', data, options });
			if (reply.type !== 'trained') throw new GlobalModelError(`unexpected reply ${reply.type}`);
			const model = reply.model;
			return {
				async predict(inputs, count) {
					const r = await call({ type: 'predict', model, inputs, count });
					if (r.type !== 'predicted') throw new GlobalModelError(`unexpected reply ${r.type}`);
					return r.outputs;
				},
				async dispose() {
					await call({ type: 'dispose', model });
				}
			};
		},
		async numTensors() {
			const r = await call({ type: 'memory' });
			if (r.type !== 'memory') throw new GlobalModelError(`unexpected reply ${r.type}`);
			return r.numTensors;
		},
		async close() {
			await worker.terminate();
		}
	};
}
