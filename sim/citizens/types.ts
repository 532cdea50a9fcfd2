import type { Ledger } from '../points/types.js';
import type { AuditCase } from '../points/audit/types.js';
import type { Rng } from '../rng/types.js';
import type { RareRequest } from '../sharing/allocateRare.js';
import type { ThreatSwitches } from '../threat/types.js';
import type { CitizenOptions } from '../types.js';
import type { CompiledWorld } from '../world/types.js';
import type { ServiceDesk, ServiceDraw } from './createServiceDesk.js';

/** Tier 2 and 3 requests of one day: asked, and served the same day. */
export interface CitizensDay {
	readonly socialAsked: number;
	readonly socialServed: number;
	readonly rareAsked: number;
	readonly rareServed: number;
}

/** What the sample did over the run, for the outcome file. */
export interface CitizensSummary {
	readonly sample: number;
	readonly awarded: number;
	readonly spent: number;
	readonly burned: number;
	readonly socialAsked: number;
	readonly socialServed: number;
	readonly rareAsked: number;
	readonly rareServed: number;
	readonly waiting: number;
	/** Per queue or lottery good: units granted and the points paid for them (expeditions: 5,000 and 10,000 each). */
	readonly rareHandedOut: Readonly<Record<string, { readonly granted: number; readonly points: number }>>;
	/** What serving tiers 2 and 3 drew from the world, and requests refused for want of it. */
	readonly services: ServiceDraw;
	/**
	 * The periodic audits' cases (the first 10, with the flag's reasons, the panel and its votes); flags raised;
	 * people sanctioned after an upheld appeal, and cases dismissed.
	 */
	readonly gaming: readonly AuditCase[];
	readonly findings: number;
	/** People drawn by lot in the quarterly random audits (each a case like a flag). */
	readonly randomAudits: number;
	readonly penalised: number;
	/** Points zeroed by upheld cases. */
	readonly forfeited: number;
	readonly dismissed: number;
	/** Per region: served ÷ asked of social and rare goods (null when nobody asked). */
	readonly byRegion: Readonly<
		Record<string, { readonly social: number | null; readonly rare: number | null }>
	>;
}

export interface Citizens {
	/** One day; `protocols` per region: rare goods closed in survival mode, no points earned or spent at red. */
	day(day: number, protocols: readonly ThreatSwitches[], basicCoverage: ArrayLike<number>): CitizensDay;
	summary(): CitizensSummary;
}

/** Tier-2/3 goods of the catalogue: their id and resource index. */
export interface Good {
	readonly id: string;
	readonly k: number;
}

/** Run totals of the sample, summed by day and read by `summary`. */
export interface SampleTotals {
	awarded: number;
	spent: number;
	burned: number;
	socialAsked: number;
	socialServed: number;
	rareAsked: number;
	rareServed: number;
	findings: number;
	randomAudits: number;
	penalised: number;
	forfeited: number;
	dismissed: number;
}

/** Asked and served per region, for coverage by region. */
export interface RegionServed {
	socialAsked: number;
	socialServed: number;
	rareAsked: number;
	rareServed: number;
}

/** What the sample's daily stages share: the world, the ledger, the people, the queues and the totals. */
export interface Sample {
	readonly world: CompiledWorld;
	readonly o: CitizenOptions;
	readonly desk: ServiceDesk;
	readonly rng: Rng;
	readonly ledger: Ledger;
	/** People per region. */
	readonly N: number;
	readonly supervisors: number;
	/** Per person: bit 1 worker, 2 teacher, 4 hazardous, 8 need. */
	readonly role: Uint8Array;
	/** Per person: rare goods received (queue and lottery), the consumption history allocation weighs. */
	readonly received: Uint16Array;
	readonly rare: readonly Good[];
	/** Per region × rare good: requests waiting, and units released and not yet handed out. */
	readonly waiting: RareRequest[][];
	readonly supply: Float64Array;
	readonly handedOut: Record<string, { granted: number; points: number }>;
	readonly totals: SampleTotals;
	readonly by: readonly RegionServed[];
}
