import { naive, seasonalNaive } from './baselines.js';
import { holtWinters } from './holtWinters.js';
import type { MethodName, PointForecaster } from './types.js';

/** The forecaster of a local method; null for methods computed elsewhere (the global model). */
export function localMethod(method: MethodName): PointForecaster | null {
	switch (method) {
		case 'naive':
			return naive;
		case 'seasonal-naive':
			return seasonalNaive;
		case 'holt-winters':
			return holtWinters;
		case 'global':
			return null;
	}
}
