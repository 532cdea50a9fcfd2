import type { CorrelationOptions } from './types.js';

/** The domain brief's numbers: p < 0.01 to report, p > 0.05 to flag as weakening, weekly recompute. */
export const defaults: CorrelationOptions = {
	alpha: 0.01,
	bar: 'q',
	weakenAbove: 0.05,
	maxLag: 7,
	method: 'pearson',
	preparation: 'difference',
	period: 0,
	order: 2,
	minPoints: 20,
	protectedAttributes: [
		'race',
		'ethnicity',
		'political-views',
		'political_views',
		'politics',
		'sexual-orientation',
		'sexual_orientation',
		'раса',
		'политические-взгляды',
		'сексуальная-ориентация'
	],
	recomputeEveryDays: 7
};
