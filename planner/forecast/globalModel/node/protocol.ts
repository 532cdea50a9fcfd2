import type { GlobalModelOptions, TrainingSet } from '../types.js';

/** Messages to the global-model worker; every request has an id its reply repeats. */
export type WorkerRequest =
	| {
			readonly type: 'train';
			readonly id: number;
			readonly data: TrainingSet;
			readonly options: GlobalModelOptions;
	  }
	| {
			readonly type: 'predict';
			readonly id: number;
			readonly model: number;
			readonly inputs: Float32Array;
			readonly count: number;
	  }
	| { readonly type: 'dispose'; readonly id: number; readonly model: number }
	| { readonly type: 'memory'; readonly id: number };

/** Replies from the worker; `numTensors` is tfjs's live tensor count after the operation (for leak checks). */
export type WorkerReply =
	| { readonly type: 'trained'; readonly id: number; readonly model: number }
	| { readonly type: 'predicted'; readonly id: number; readonly outputs: Float32Array }
	| { readonly type: 'disposed'; readonly id: number; readonly numTensors: number }
	| { readonly type: 'memory'; readonly id: number; readonly numTensors: number }
	| { readonly type: 'error'; readonly id: number; readonly message: string };
