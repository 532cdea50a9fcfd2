import { parentPort } from 'node:worker_threads';
import { stressCases } from '../../../../../scenarios/stress/index.js';
import { solverRunCase } from '../solverRunCase.js';
import type { StressJobMessage, StressWorkerMessage } from './types.js';

/** Worker body: one job (a library case over seeds, posted as the first message), each simulated day posted as it ends, then the outcome. */
const post = (message: StressWorkerMessage) => parentPort!.postMessage(message);
parentPort!.once('message', ({ reference, caseId, seeds }: StressJobMessage) => {
	const stress = stressCases[caseId];
	if (!stress)
		return post({ kind: 'end', outcome: { status: 'failed', message: `no stress case ${caseId}` } });
	void solverRunCase(reference)(stress, seeds, (p) => post({ kind: 'day', ...p })).then(
		(outcome) => post({ kind: 'end', outcome }),
		(error: unknown) =>
			post({ kind: 'end', outcome: { status: 'failed', message: (error as Error).message } })
	);
});
