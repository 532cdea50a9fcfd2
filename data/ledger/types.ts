import type { Plan, Quota } from '../plan/types.js';
import type { Expert } from '../../scenarios/experts/types.js';
import type { RoundEvent, RoundStore } from '../../scenarios/round/types.js';
import type { SignedHead } from './merkle/types.js';
import type { RecordReport } from './record/types.js';

/** One entry of the hash-chained audit log. `at` in ms; `payload` canonical JSON; `hash` = SHA-256 over prev and content (see `entryHash`). */
export interface AuditEntry {
	readonly seq: number;
	readonly at: number;
	readonly round: string;
	readonly kind: string;
	readonly payload: string;
	readonly prev: string;
	readonly hash: string;
}

/** What `verifyChain` found: intact (with the head hash to compare with a published one), or the first broken entry. */
export type ChainReport =
	| { readonly status: 'intact'; readonly entries: number; readonly head: string }
	| {
			readonly status: 'broken';
			/** `altered`: content does not match its hash; `removed`: an entry before it is missing; `reordered`: it links to an entry that is elsewhere. */
			readonly problem: 'altered' | 'removed' | 'reordered' | 'truncated';
			/** The first position (seq) where the chain fails. */
			readonly seq: number;
			readonly message: string;
	  };

/** The adopted plan the simulation executes, with where it came from. */
export interface AdoptedPlan {
	readonly round: string;
	readonly scenario: string;
	readonly planHash: string;
	readonly adoptedAt: number;
	readonly plan: Plan;
}

/** A quota row of the append-only quota ledger: the quota, the round that adopted it, from when. */
export interface QuotaEntry extends Quota {
	readonly round: string;
	/** ISO date the quota takes effect (the plan's start). */
	readonly effectiveFrom: string;
	readonly adoptedAt: number;
}

/** A points entry: personal (one person, never two), append-only; negative for spending. */
export interface PointsEntry {
	readonly person: string;
	readonly points: number;
	readonly reason: string;
	readonly round: string | null;
	readonly at: number;
}

/** Ledger settings; `ledgerDefaults` holds the defaults. */
export interface LedgerOptions {
	/** Ballot events are logged with their time rounded down to this many ms (default 1 h), so times cannot link a ballot to a credential. */
	readonly ballotTimeGrain: number;
	/** The Ed25519 key that signs tree heads (PKCS#8 PEM); default `ledger.key` beside the ledger file, made on first use. */
	readonly keyFile?: string;
}

/** The ledger: the round store, plus the audit log, the adopted plan and the points ledger. */
export interface Ledger extends RoundStore {
	readonly path: string;
	/** Appends one event to the audit log (for events that come from outside the round, e.g. roster changes). */
	append(round: string, event: RoundEvent, at: number): AuditEntry;
	/** The log, or one round's entries (with `after`, only those after that seq: for a reader that keeps what it read). */
	audit(round?: string, after?: number): readonly AuditEntry[];
	verify(expect?: { readonly head?: string; readonly entries?: number }): ChainReport;
	/** Whether the tables (rounds, ballots, credentials, plans, quotas, points) say what the chain says; tallies recomputed from the chain. */
	checkRecord(): RecordReport;
	/**
	 * Signs the Merkle tree head of the whole log now (chaining the signing key first if it is new):
	 * print it on invitations and results, hand it to witnesses.
	 */
	head(): SignedHead;
	appoint(expert: Expert, at: number): void;
	/** The plan of the most recent adoption, which the simulation executes; undefined before any. */
	adoptedPlan(): AdoptedPlan | undefined;
	/** Quotas in force: those of the most recent adoption. */
	quotas(): readonly QuotaEntry[];
	points(person: string): readonly PointsEntry[];
	balance(person: string): number;
	/** Spends a person's own points; refuses to go below zero. There is no transfer between persons. */
	spend(
		person: string,
		points: number,
		purpose: string,
		at: number
	):
		| { readonly status: 'spent'; readonly balance: number }
		| { readonly status: 'insufficient'; readonly balance: number };
	/**
	 * The yearly reset (DOMAIN.md: 80% burns, 20% carries over), by the points ledger of sim/points
	 * (the simulation's own), one chained row per person. Returns the points burned.
	 */
	yearlyBurn(at: number, carryShare?: number): number;
	close(): void;
}
