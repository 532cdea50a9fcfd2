import loadHighs from 'highs';
import { parentPort } from 'node:worker_threads';
import { solveWithHighs, type HighsInput } from '../highsSolver.js';
import type { Basis } from '../types.js';

/** Worker body: loads HiGHS once, then solves each posted model and posts the outcome back. */
const runtime = loadHighs();
parentPort?.on(
	'message',
	async (message: {
		id: number;
		input: HighsInput;
		timeLimitSeconds: number;
		algorithm: 'simplex' | 'ipm';
		basis: Basis | null;
	}) => {
		try {
			const outcome = solveWithHighs(
				await runtime,
				message.input,
				message.timeLimitSeconds,
				message.algorithm,
				message.basis
			);
			parentPort?.postMessage({ id: message.id, outcome });
		} catch (error) {
			parentPort?.postMessage({
				id: message.id,
				outcome: { status: 'failed', solver: 'highs', message: (error as Error).message, ms: 0 }
			});
		}
	}
);
