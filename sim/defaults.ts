import { defaults as points } from './points/defaults.js';
import { quotaCutDefaults } from './quotas/defaults.js';
import { threatDefaults } from './threat/defaults.js';
import type { SimOptions, SimOverrides } from './types.js';

/** Defaults taken from the domain brief where it gives a number; the rest are stated assumptions. */
export const defaults: SimOptions = {
	days: 365,
	startDate: null,
	stepHours: 24,
	reserveTargetMonths: 6,
	yieldSd: 0.05,
	behaviour: {
		overConsumerShare: 0.002,
		overFactor: 2,
		detectProbability: 0.5,
		sanctionFactor: 0.5,
		sanctionDays: 30,
		compensationHours: 20,
		repeatEscalation: 2
	},
	disruptions: { perDayProbability: 0.002, minDays: 1, maxDays: 7, minSeverity: 0.3, maxSeverity: 1 },
	sensors: { everySteps: 1, noise: 0.01, delaySteps: 0, dropout: 0.01 },
	threat: threatDefaults,
	rationing: 'lifeline-first',
	citizens: {
		perRegion: 100,
		workShare: 0.6,
		teachShare: 0.05,
		hazardousShare: 0.1,
		needShare: 0.05,
		socialPerDay: 0.02,
		rarePerDay: 0.005,
		itemsPerPerson: 0.1,
		loanDays: 14,
		rareUnitsPerPersonYear: 0.05,
		rings: 0,
		ringSize: 4,
		gateBasicCoverage: 0.95,
		jurorAccuracy: 0.8,
		auditEveryDays: 91,
		randomAuditShare: 0.05,
		serviceHoursPerWorker: 0.5,
		serviceBankDays: 30
	},
	redistribution: { enabled: true, imbalance: 0.15, keepDays: 14 },
	quotaCuts: quotaCutDefaults,
	points,
	massKgPerUnit: { L: 1, kg: 1, kcal: 1 / 2500, m2: 0, kWh: 0, dose: 0.001, set: 1, item: 1 },
	recordDays: true,
	decimals: 6
};

/** Options for one run: `defaults` with the caller's overrides merged one level deep. */
export function mergeOptions(options: SimOverrides = {}): SimOptions {
	return {
		...defaults,
		...options,
		behaviour: { ...defaults.behaviour, ...options.behaviour },
		disruptions: { ...defaults.disruptions, ...options.disruptions },
		sensors: { ...defaults.sensors, ...options.sensors },
		threat: { ...defaults.threat, ...options.threat },
		citizens: { ...defaults.citizens, ...options.citizens },
		redistribution: { ...defaults.redistribution, ...options.redistribution },
		quotaCuts: { ...defaults.quotaCuts, ...options.quotaCuts },
		points: { ...defaults.points, ...options.points },
		massKgPerUnit: { ...defaults.massKgPerUnit, ...options.massKgPerUnit }
	};
}
