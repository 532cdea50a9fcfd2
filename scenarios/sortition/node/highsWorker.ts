// The HiGHS oracle's thread: loads the wasm solver once and runs the pure optimisation on request, so a
// long solve never blocks the caller's event loop. Messages: see `WorkerRequest` in workerSolver.ts.
import { parentPort } from 'node:worker_threads';
import loadHighs from 'highs';
import { optimiseLottery } from '../optimise/optimiseLottery.js';
import { relaxQuotas } from '../optimise/relaxQuotas.js';
import type { WorkerRequest, WorkerResponse } from './workerSolver.js';

const port = parentPort;
if (!port) throw new Error('highsWorker.ts must run in a worker thread');
const highs = await loadHighs();
port.on('message', (request: WorkerRequest) => {
	const send = (message: WorkerResponse) => port.postMessage(message);
	try {
		switch (request.kind) {
			case 'optimise':
				send({
					id: request.id,
					kind: 'result',
					value: optimiseLottery(
						highs,
						request.problem,
						request.options,
						request.stream,
						() => performance.now(),
						(line) => send({ id: request.id, kind: 'log', line })
					)
				});
				break;
			case 'relax':
				send({ id: request.id, kind: 'result', value: relaxQuotas(highs, request.problem) });
				break;
		}
	} catch (error) {
		send({
			id: request.id,
			kind: 'error',
			message: error instanceof Error ? (error.stack ?? error.message) : String(error)
		});
	}
});
port.postMessage({ id: 0, kind: 'ready' } satisfies WorkerResponse);
