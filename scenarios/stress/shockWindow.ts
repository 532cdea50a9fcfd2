import type { StressCase, Window } from './types.js';

/** The days a case is judged on: its `window`, or from the first shock's start to the last one's end, clipped to the run. */
export function shockWindow(stress: StressCase): Window {
	if (stress.window) return stress.window;
	const start = Math.min(...stress.shocks.map((s) => s.start));
	const end = Math.max(...stress.shocks.map((s) => s.start + (s.days ?? 1)));
	return { start, days: Math.max(1, Math.min(end, stress.days) - start) };
}
