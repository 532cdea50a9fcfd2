import type { AuditOptions } from './types.js';

/** Stated assumptions where the documents give no number; the 20 h/week = 200 points/month rule sets the hours. */
export const auditDefaults: AuditOptions = {
	fromDay: 0,
	toDay: Number.MAX_SAFE_INTEGER,
	unrelatedShare: 0.25,
	unrelatedMinPoints: 300,
	maxHoursPerWeek: 60,
	hoursPerWorkMonth: (20 * 52) / 12,
	burstFactor: 3,
	burstMinPoints: 600,
	eventsPerYear: { discovery: 2, 'public-data-error': 12 }
};

/** The documents' appeal: 12 random citizens and 1 expert; a majority of the 13 upholds (assumed). */
export const appealDefaults = { citizens: 12, majority: 7 } as const;
