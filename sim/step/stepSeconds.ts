const DAY_SECONDS = 86_400;

/**
 * A step's length in whole seconds, or null when `stepHours` is not a whole number of seconds that
 * divides a day. Steps shorter than an hour are how sensors report every 10 s, as the documents ask
 * (`stepHours` 10 / 3600): the world is stepped as often as it is measured, so every reading is a
 * state the world was in, not an interpolation.
 */
export function stepSeconds(stepHours: number): number | null {
	const seconds = Math.round(stepHours * 3600);
	if (!(seconds >= 1) || Math.abs(stepHours * 3600 - seconds) > 1e-6) return null;
	return DAY_SECONDS % seconds === 0 ? seconds : null;
}

/** Steps in a day of `stepHours` (validated by `stepSeconds`). */
export function stepsPerDayOf(stepHours: number): number {
	const seconds = stepSeconds(stepHours);
	if (seconds === null)
		throw new Error(
			`bug: stepHours ${stepHours} should divide a day in whole seconds (validate options at the edge)`
		);
	return DAY_SECONDS / seconds;
}
