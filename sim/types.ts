import type { Reading } from '../data/telemetry/types.js';
import type { Unit } from '../data/reference/types.js';
import type { PointsOptions } from './points/types.js';
import type { QuotaCutOptions } from './quotas/types.js';
import type { ThreatOptions } from './threat/types.js';

/**
 * The port through which the world publishes what its sensors see. The telemetry MQTT publisher
 * implements it at the edge; `createMemorySink` keeps readings in memory for tests. A returned
 * promise is awaited before the next step (backpressure).
 */
export interface ReadingSink {
	write(batch: readonly Reading[]): void | Promise<void>;
}

/** How people draw on tier-1 quotas: most comply, a few over-consume and get sanctioned. */
export interface BehaviourOptions {
	/**
	 * Share of people who over-consume on a given day (default 0.002: "a few"; with detection 0.5 and 30-day
	 * sanctions about 3% are under sanction at a time).
	 */
	readonly overConsumerShare: number;
	/** How much an over-consumer takes, × quota (default 2, the brief's "2× the food norm"). */
	readonly overFactor: number;
	/** Chance an over-consumption is detected and sanctioned (default 0.5). */
	readonly detectProbability: number;
	/** Access while sanctioned, × quota (default 0.5: "−50% access"). */
	readonly sanctionFactor: number;
	/** Sanction length in days (default 30). */
	readonly sanctionDays: number;
	/** Hours of compensation work each caught over-consumer owes (default 20, the documents' figure). */
	readonly compensationHours: number;
	/** A repeat offence owes this many times the hours (default 2: the documents' "escalation", whose factor they do not give). */
	readonly repeatEscalation: number;
}

/** Random breakdowns of production sites (default: 0.2% chance a day, 1–7 days, 30–100% lost). */
export interface DisruptionOptions {
	readonly perDayProbability: number;
	readonly minDays: number;
	readonly maxDays: number;
	readonly minSeverity: number;
	readonly maxSeverity: number;
}

/** What sensors do to the truth: relative Gaussian noise, delay in steps, chance a reading is lost. */
export interface SensorOptions {
	/** Report every N steps (default 1). */
	readonly everySteps: number;
	/** Relative standard deviation of noise (default 0.01 = 1%). */
	readonly noise: number;
	/** Steps between measuring and delivering (default 0). */
	readonly delaySteps: number;
	/** Chance one reading is lost (default 0.01). */
	readonly dropout: number;
}

/**
 * Tiers 2 and 3 are simulated on a sample of people per region (each stands for persons ÷ sample):
 * they earn points by the accrual table, spend them on social goods, and ask for rare goods.
 */
export interface CitizenOptions {
	/** Sample size per region (default 100; 0 leaves tiers 2 and 3 out). */
	readonly perRegion: number;
	/** Share of the sample in paid work, 20 h/week (default 0.6), teaching (0.05), hazardous work (0.1 of workers). */
	readonly workShare: number;
	readonly teachShare: number;
	readonly hazardousShare: number;
	/** Share with priority need for rare goods: medics, scientists (default 0.05). */
	readonly needShare: number;
	/** Chance a person asks for a social good on a day (default 0.02) and for a rare good (default 0.005). */
	readonly socialPerDay: number;
	readonly rarePerDay: number;
	/** Sharing-centre items per person (default 0.1: "about 1 item per 10 people"); loan length in days (default 14). */
	readonly itemsPerPerson: number;
	readonly loanDays: number;
	/** Queue and lottery goods released per person per year (default 0.05). */
	readonly rareUnitsPerPersonYear: number;
	/** Collusion rings planted in the sample to test anti-gaming (default 0), of `ringSize` people who confirm each other's invented work monthly. */
	readonly rings: number;
	readonly ringSize: number;
	/** A region serves social and rare goods only while its basic coverage the day before was at least this (default 0.95). */
	readonly gateBasicCoverage: number;
	/** Chance a simulated appeal-panel member judges a case right (default 0.8, assumed). */
	readonly jurorAccuracy: number;
	/** Days between anti-gaming audits (default 91); a flag opens a case that an appeal panel decides. */
	readonly auditEveryDays: number;
	/** Share of the sample drawn by lot at each audit for a full check (default 0.05: the documents' 5% random quarterly audit). */
	readonly randomAuditShare: number;
	/**
	 * Hours a day each member of the work force (adults × `workShare`) gives to tier-2/3 services
	 * (default 0.5, about 6% of a working day: an assumption, the documents give no figure).
	 */
	readonly serviceHoursPerWorker: number;
	/** Days unused service hours are kept for (default 30), so a long service can be staffed over weeks. */
	readonly serviceBankDays: number;
}

/**
 * Automatic redistribution between neighbours, on top of the plan (the brief: "auto-redistribution
 * between regions when the imbalance exceeds 15%"). Off by default: a run executes the plan as adopted.
 */
export interface RedistributionOptions {
	readonly enabled: boolean;
	/** Ship when the origin's days of stock exceed the destination's by more than this share (default 0.15). */
	readonly imbalance: number;
	/** Days of its own need the origin always keeps (default 14). */
	readonly keepDays: number;
}

/**
 * Who gets a short good within a region: everyone the same share ('proportional'), or the lifeline
 * to as many people as the stock allows before anyone gets more ('lifeline-first'). The region's
 * total is the same; the policy decides how many people fall below the lifeline.
 */
export type RationingPolicy = 'proportional' | 'lifeline-first';

/** Everything configurable in a run; merge over `defaults` by spread. */
export interface SimOptions {
	/** Simulated days (default 365). */
	readonly days: number;
	/**
	 * First simulated day, YYYY-MM-DD (default null: the world's `startDate`). Time is a parameter: move it to
	 * publish readings the ingest accepts (≤ 30 days old).
	 */
	readonly startDate: string | null;
	/** Hours per step; must divide a day in whole seconds (default 24: daily steps; 1 hourly; 10 / 3600 for the documents' 10-second sensor readings). */
	readonly stepHours: number;
	/** Strategic reserve target in months of need (default 6). */
	readonly reserveTargetMonths: number;
	/** Yearly yield variation of production sites, relative standard deviation (default 0.05). */
	readonly yieldSd: number;
	readonly behaviour: BehaviourOptions;
	readonly disruptions: DisruptionOptions;
	readonly sensors: SensorOptions;
	/** Emergency protocols: triggers per level, hysteresis, lifeline, survival quota factor (see threat/defaults.ts). */
	readonly threat: ThreatOptions;
	/** Rationing within a region when a good is short (default 'lifeline-first'). */
	readonly rationing: RationingPolicy;
	readonly citizens: CitizenOptions;
	readonly redistribution: RedistributionOptions;
	/** Reduced quotas for regions that damage ecosystems or waste food (see quotas/defaults.ts). */
	readonly quotaCuts: QuotaCutOptions;
	/** Points rules (accrual table, multipliers, 80/20 burn, 6-month freeze); see points/defaults.ts. */
	readonly points: PointsOptions;
	/** Mass of one unit in kg, for transport t·km (defaults: L 1, kg 1, kcal 1/2500, set 1, item 1, dose 0.001, m2 and kWh 0). */
	readonly massKgPerUnit: Readonly<Record<Unit, number>>;
	/** Keep a record per day (default true); Monte Carlo runs turn it off and read the totals. */
	readonly recordDays: boolean;
	/** Decimal places kept in the outcome file (default 6), so files stay readable. */
	readonly decimals: number;
}

/** Caller's changes to `defaults`: any field, nested groups partially. */
export type SimOverrides = {
	readonly [K in keyof SimOptions]?: SimOptions[K] extends number | boolean | string | null
		? SimOptions[K]
		: Partial<SimOptions[K]>;
};
