import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../seededRandom.js';
import { globalForecasts } from '../globalForecasts.js';
import type { GlobalModelOptions } from '../types.js';
import { tf, tfjsGlobalModel } from './tfjsGlobalModel.js';
import { createWorkerGlobalModel } from './workerGlobalModel.js';

const small: Partial<GlobalModelOptions> = { hidden: 8, epochs: 3, windowsPerSeries: 20, seed: 5 };

// Twelve noisy seasonal series of different levels: one model should learn their shared monthly shape.
function seasonal(count: number): number[][] {
	const rng = seededRandom(3);
	return Array.from({ length: count }, (_, s) =>
		Array.from(
			{ length: 96 },
			(_, t) => (10 + s) * (1 + 0.3 * Math.sin((2 * Math.PI * t) / 12)) + 0.2 * rng.normal()
		)
	);
}

describe('tfjs global model (wasm backend)', () => {
	it('disposes every tensor it creates', async () => {
		const series = seasonal(6);
		// Warm up once so that backend-level constants exist before counting.
		await globalForecasts(tfjsGlobalModel, series, { period: 12, horizon: 12 }, small);
		const start = tf.memory().numTensors;
		const { forecasts } = await globalForecasts(tfjsGlobalModel, series, { period: 12, horizon: 12 }, small);
		expect(tf.getBackend()).toBe('wasm');
		expect(forecasts.every((f) => f?.final.length === 12)).toBe(true);
		expect(tf.memory().numTensors).toBe(start);
	});

	it('trains in a worker thread, reproducibly with a seed, and leaves no tensors behind', async () => {
		const model = createWorkerGlobalModel();
		try {
			const start = await model.numTensors();
			const series = seasonal(12);
			const a = await globalForecasts(model, series, { period: 12, horizon: 12 }, { ...small, epochs: 15 });
			const b = await globalForecasts(model, series, { period: 12, horizon: 12 }, { ...small, epochs: 15 });
			expect(a.forecasts[0]!.final).toEqual(b.forecasts[0]!.final);
			expect(await model.numTensors()).toBe(start);
			// It learned the shape: the forecast correlates with the true seasonal pattern.
			const f = a.forecasts[4]!.final;
			const truth = Array.from({ length: 12 }, (_, j) => Math.sin((2 * Math.PI * (96 + j)) / 12));
			const mf = f.reduce((s, x) => s + x, 0) / 12;
			const dot = f.reduce((s, x, j) => s + (x - mf) * truth[j]!, 0);
			expect(dot).toBeGreaterThan(0);
			expect(a.run.series).toBe(12);
		} finally {
			await model.close();
		}
	});
});
