import type { ReferenceData } from '../../../../../data/reference/index.js';
import type { StressOutcome } from '../types.js';

/** What the stress worker posts: a simulated day ended, or the job did (last message). */
export type StressWorkerMessage =
	| { readonly kind: 'day'; readonly run: number; readonly day: number }
	| { readonly kind: 'end'; readonly outcome: StressOutcome };

/** The job the worker runs, its first and only message in. */
export interface StressJobMessage {
	readonly reference: ReferenceData;
	readonly caseId: string;
	readonly seeds: readonly number[];
}
