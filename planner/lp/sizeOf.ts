import type { LpModel, LpSize } from './types.js';

/** Variables, constraints and matrix non-zeros of a model. */
export function sizeOf(model: LpModel): LpSize {
	return {
		variables: model.variables.length,
		constraints: model.constraints.length,
		nonZeros: model.values.length
	};
}
