/**
 * Who works with whom, from the cooperatives' and teams' registers: confirmations between related
 * people are how honest work is confirmed (a supervisor, a teammate, a fellow member), so they are
 * expected; confirmations between strangers are what a ring needs.
 */
export interface WorkStructure {
	/** True when a confirmation of b's contribution by a is expected (same team or cooperative, or supervision). */
	related(a: number, b: number): boolean;
	/** People entitled to confirm events (project coordinators, council clerks, discovery reviewers). */
	readonly coordinators: ReadonlySet<number>;
}

/** Audit thresholds; each flag names the feature, the value and the threshold. */
export interface AuditOptions {
	/** First and last day (inclusive) of the awards audited. */
	readonly fromDay: number;
	readonly toDay: number;
	/** Flag when this share of a person's points was confirmed by unrelated non-coordinators (default 0.25) ... */
	readonly unrelatedShare: number;
	/** ... and they amount to at least this many points (default 300), so one favour is no case. */
	readonly unrelatedMinPoints: number;
	/** Flag claimed work above this many hours a week on average (default 60). */
	readonly maxHoursPerWeek: number;
	/** Hours in one month of `per: 'month'` work (default 20 h/week × 52 ÷ 12 ≈ 86.7: the documents' 20 h/week = 200 points/month). */
	readonly hoursPerWorkMonth: number;
	/** Flag a month whose work points exceed this multiple of the person's median month (default 3) ... */
	readonly burstFactor: number;
	/** ... and at least this many points (default 600). */
	readonly burstMinPoints: number;
	/** Flag more events of a kind per 365 days than this (default discovery 2, public-data-error 12). */
	readonly eventsPerYear: Readonly<Record<string, number>>;
}

/** Why a person was flagged. */
export interface AuditReason {
	/** `random-audit`: drawn by lot in the quarterly random audit (value and threshold: the share drawn). */
	readonly feature: 'unrelated-confirmations' | 'hours' | 'burst' | 'event-count' | 'random-audit';
	readonly value: number;
	readonly threshold: number;
	/** For event counts, the kind. */
	readonly kind?: string;
}

/** A flag opens a case; it is not a sanction. */
export interface AuditFlag {
	readonly person: number;
	readonly reasons: readonly AuditReason[];
}

/**
 * An appeal panel: 12 citizens drawn by lot and 1 expert (the documents' numbers), none of them the
 * person nor anyone who confirmed their awards.
 */
export interface AppealPanel {
	readonly citizens: readonly number[];
	readonly expert: number;
}

/** A case from a flag to a decision. Only an upheld case leads to a sanction, applied through the ledger. */
export type AuditCase =
	| { readonly status: 'open'; readonly flag: AuditFlag; readonly day: number; readonly panel: AppealPanel }
	| {
			readonly status: 'upheld' | 'dismissed';
			readonly flag: AuditFlag;
			readonly day: number;
			readonly panel: AppealPanel;
			/** Votes that the points were gained by manipulation: citizens, then the expert. */
			readonly guilty: number;
			readonly votes: number;
	  };
