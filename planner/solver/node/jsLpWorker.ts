import { parentPort } from 'node:worker_threads';
import type { LpModel } from '../../lp/types.js';
import { jsLpSolver } from '../jsLpSolver.js';

/** Worker body: solves one posted model with javascript-lp-solver and posts the outcome back. */
const solver = jsLpSolver();
parentPort?.on('message', async (model: LpModel) => {
	parentPort?.postMessage(await solver.solve(model));
});
