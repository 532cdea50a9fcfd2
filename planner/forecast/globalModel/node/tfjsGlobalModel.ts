import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { seededRandom } from '../../seededRandom.js';
import type { GlobalModelHandle, GlobalModelOptions, GlobalModelPort, TrainingSet } from '../types.js';
import { useWasmBackend } from './useWasmBackend.js';

const predictChunk = 1024;

/** The tfjs runtime this module uses, exposed so tests can check `tf.memory().numTensors`. */
export { tf };

/**
 * In-process global model: an MLP (two ReLU layers) trained with Adam on mean absolute error, which matches the
 * MASE it is judged by. Seeded Glorot initialisation and a seeded per-epoch shuffle make it reproducible.
 * Every tensor is created inside `tf.tidy` or disposed explicitly; `dispose` frees the model's weights.
 * Runs in whatever thread imports it: the worker (`globalModelWorker.ts`) in production, directly in tests.
 */
export const tfjsGlobalModel: GlobalModelPort = {
	async train(data: TrainingSet, o: GlobalModelOptions): Promise<GlobalModelHandle> {
		await useWasmBackend(tf);
		const init = (k: number) => tf.initializers.glorotUniform({ seed: o.seed + k });
		const model = tf.sequential({
			layers: [
				tf.layers.dense({
					units: o.hidden,
					activation: 'relu',
					inputShape: [data.inputLength],
					kernelInitializer: init(1)
				}),
				tf.layers.dense({ units: o.hidden, activation: 'relu', kernelInitializer: init(2) }),
				tf.layers.dense({ units: data.horizon, kernelInitializer: init(3) })
			]
		});
		const optimizer = tf.train.adam(o.learningRate);
		model.compile({ optimizer, loss: 'meanAbsoluteError' });
		const rng = seededRandom(o.seed);
		const order = Array.from({ length: data.count }, (_, i) => i);
		const xs = new Float32Array(data.inputs.length);
		const ys = new Float32Array(data.targets.length);
		try {
			for (let epoch = 0; epoch < o.epochs; epoch++) {
				for (let i = order.length - 1; i > 0; i--) {
					const j = Math.floor(rng.next() * (i + 1));
					[order[i], order[j]] = [order[j]!, order[i]!];
				}
				order.forEach((row, i) => {
					xs.set(
						data.inputs.subarray(row * data.inputLength, (row + 1) * data.inputLength),
						i * data.inputLength
					);
					ys.set(data.targets.subarray(row * data.horizon, (row + 1) * data.horizon), i * data.horizon);
				});
				const x = tf.tensor2d(xs, [data.count, data.inputLength]);
				const y = tf.tensor2d(ys, [data.count, data.horizon]);
				try {
					await model.fit(x, y, { epochs: 1, batchSize: o.batchSize, shuffle: false, verbose: 0 });
				} finally {
					x.dispose();
					y.dispose();
				}
			}
		} catch (error) {
			model.dispose();
			optimizer.dispose();
			throw error;
		}
		return {
			async predict(inputs: Float32Array, count: number): Promise<Float32Array> {
				// In chunks: one batch of tens of thousands of rows makes the wasm heap grow and runs ~10× slower.
				const result = new Float32Array(count * data.horizon);
				for (let start = 0; start < count; start += predictChunk) {
					const rows = Math.min(predictChunk, count - start);
					const slice = inputs.subarray(start * data.inputLength, (start + rows) * data.inputLength);
					const out = tf.tidy(() => model.predict(tf.tensor2d(slice, [rows, data.inputLength])) as tf.Tensor);
					try {
						result.set(out.dataSync() as Float32Array, start * data.horizon);
					} finally {
						out.dispose();
					}
				}
				return result;
			},
			async dispose() {
				model.dispose();
				optimizer.dispose();
			}
		};
	}
};
