/** Windows for the global model, flattened row-major: `count` rows of `inputLength` inputs and `horizon` targets, normalised. */
export interface TrainingSet {
	readonly inputs: Float32Array;
	readonly targets: Float32Array;
	readonly count: number;
	readonly inputLength: number;
	readonly horizon: number;
}

/** Settings of the learned global model (a small MLP in tfjs); defaults in `globalModelDefaults`. */
export interface GlobalModelOptions {
	/** Past points the model sees; 0 = max(2 × period, 24). */
	readonly inputLength: number;
	/** Units of each of the two hidden layers; default 32. */
	readonly hidden: number;
	/** Passes over the training windows; default 40. */
	readonly epochs: number;
	readonly batchSize: number;
	readonly learningRate: number;
	/** Seeds weights and window shuffling: the same seed and data give the same model. */
	readonly seed: number;
	/** At most this many training windows per series (evenly spaced); default 60. */
	readonly windowsPerSeries: number;
	/** At most this many windows in all (fewer per series when there are many series); default 4,000. */
	readonly maxWindows: number;
}

/** A trained model living behind the port (in a worker thread); free it with `dispose`. */
export interface GlobalModelHandle {
	/** `count` rows of `inputLength` normalised inputs → `count` rows of `horizon` normalised forecasts. */
	predict(inputs: Float32Array, count: number): Promise<Float32Array>;
	dispose(): Promise<void>;
}

/** The port through which the core trains the global model; the tfjs/wasm implementation is in `node/`. */
export interface GlobalModelPort {
	train(data: TrainingSet, options: GlobalModelOptions): Promise<GlobalModelHandle>;
}

/**
 * Whether a batch lets the global model into its per-series selection, decided by the batch's own earlier backtest:
 * each series' selection is made on the origins before its last one, with and without the model, and both choices are
 * scored after the cut (never seen by either choice). `use` when the batch's MASE there is lower with it, with p < 0.05.
 */
export type GlobalGate =
	| {
			readonly status: 'gated';
			readonly use: boolean;
			/** Series scored (those with a global forecast and at least one earlier origin). */
			readonly series: number;
			/** Mean MASE at the last backtest origin of the selection made with / without the global model. */
			readonly maseWith: number;
			readonly maseWithout: number;
			/** One-sided p of a paired t-test that the model lowers the series' MASE (the gate asks p < 0.05). */
			readonly p: number;
	  }
	| { readonly status: 'untestable'; readonly use: false; readonly reason: string };
