import type { GlobalModelOptions } from './types.js';

/** Small enough to train on a laptop core in seconds; large enough to learn shared seasonal shapes. */
export const globalModelDefaults: GlobalModelOptions = {
	inputLength: 0,
	hidden: 32,
	epochs: 40,
	batchSize: 128,
	learningRate: 0.003,
	seed: 42,
	windowsPerSeries: 60,
	maxWindows: 4_000
};
