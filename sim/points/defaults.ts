import type { PointsOptions } from './types.js';

/** The domain brief's accrual table and rules (DOMAIN.md, "Reputation points"). */
export const defaults: PointsOptions = {
	accrual: {
		// 20 h/week of work = 200 points/month.
		work: { points: 200, per: 'month' },
		teaching: { points: 200, per: 'month' },
		course: { points: 50, per: 'course' },
		ecology: { points: 300, per: 'event' },
		governance: { points: 150, per: 'event' },
		'street-cleaning': { points: 30, per: 'hour' },
		'office-monitoring': { points: 10, per: 'hour' },
		discovery: { points: 1000, per: 'event' },
		'public-data-error': { points: 100, per: 'event' }
	},
	hazardousMultiplier: 2,
	regenerative: { min: 2, max: 3 },
	carryShare: 0.2,
	freezeDays: 183
};
