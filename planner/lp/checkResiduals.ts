import type { LpModel, ResidualReport } from './types.js';

/**
 * Recomputes every row activity and bound of a solution from the model itself, independently of
 * the solver that produced it. A violation counts relative to max(1, |bound|, Σ|a·x|) so that rows
 * in large units (kcal) and small ones are judged alike.
 */
export function checkResiduals(model: LpModel, x: ArrayLike<number>, tolerance = 1e-6): ResidualReport {
	let maxRow = 0;
	let maxBound = 0;
	let worst: string | null = null;
	let worstValue = 0;
	model.variables.forEach((v, j) => {
		const value = x[j]!;
		const scale = Math.max(1, Math.abs(value));
		const violation = Math.max(v.lower - value, value - v.upper, 0) / scale;
		const bad = Number.isNaN(value) ? Infinity : violation;
		if (bad > maxBound) maxBound = bad;
		if (bad > worstValue) [worst, worstValue] = [v.name, bad];
	});
	model.constraints.forEach((c, i) => {
		let activity = 0;
		let magnitude = 0;
		for (let k = model.rowStarts[i]!; k < model.rowStarts[i + 1]!; k++) {
			const term = model.values[k]! * x[model.columns[k]!]!;
			activity += term;
			magnitude += Math.abs(term);
		}
		const bound = Math.max(
			Number.isFinite(c.lower) ? Math.abs(c.lower) : 0,
			Number.isFinite(c.upper) ? Math.abs(c.upper) : 0
		);
		const violation = Math.max(c.lower - activity, activity - c.upper, 0) / Math.max(1, bound, magnitude);
		const bad = Number.isNaN(activity) ? Infinity : violation;
		if (bad > maxRow) maxRow = bad;
		if (bad > worstValue) [worst, worstValue] = [c.name, bad];
	});
	let objective = 0;
	model.variables.forEach((v, j) => (objective += v.cost * x[j]!));
	return {
		ok: maxRow <= tolerance && maxBound <= tolerance,
		tolerance,
		maxRowViolation: maxRow,
		maxBoundViolation: maxBound,
		worst,
		objective
	};
}
