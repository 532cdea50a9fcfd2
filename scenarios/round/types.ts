import type { ProposedScenario } from '../../data/plan/types.js';
import type { ElectionManifest } from '../ballot/election/types.js';
import type { Ballot, BallotRules, CredentialRecord, Tally } from '../ballot/types.js';
import type { AmendedParameters, Expert, ExpertOptions, Review } from '../experts/types.js';
import type { EthicsOptions, Strike } from '../ethics/types.js';

/** Where a round is: the five steps, and the three ends (adopted, returned for rework, recalculation forced). */
export type RoundState =
	'drafted' | 'expert-review' | 'ethics-review' | 'panel-vote' | 'adopted' | 'returned' | 'recalculation';

/** Round rules; `roundDefaults` holds the defaults (days are whole days of 24 h). */
export interface RoundOptions {
	/** Days the drawn experts have to review (default 7). */
	readonly reviewDays: number;
	/** Days the ethics council has (default 7). */
	readonly ethicsDays: number;
	/** Days a ballot stays open (default 7); the run-off gets as many again. */
	readonly voteDays: number;
	/** Days added once when the quorum is missed (default 3). */
	readonly extensionDays: number;
	/** Panel size (default 500, the design documents' "up to 500"). */
	readonly panelSize: number;
	/** Reserves drawn with the panel, invited when the quorum is missed (default 50). */
	readonly reserves: number;
	/** Fewest scenarios that must still stand to open the vote (default 1; below it the round is returned). */
	readonly minStanding: number;
	/** Fewest reviews needed to close the expert review at its deadline (default 2). */
	readonly minReviews: number;
	/** Points credited to each panelist who voted in a round that ended (default 150: "taking part in governance"). */
	readonly governancePoints: number;
	/**
	 * Panelists who earn no governance points in this round, and why: the regions at red or survival,
	 * whose emergency protocol suspends points (the loop names the pool's volunteers of those regions).
	 * Recorded with the round's options in its `round-created` entry; absent: everyone earns them.
	 */
	readonly pointsSuspended?: { readonly regions: readonly string[]; readonly persons: readonly string[] };
	/**
	 * Fewest parties (council members, observers) that must commit to a secret share of the reveal seed
	 * before the vote opens (default 2); 0 lets the operator's machine make the seed (tests, benchmarks).
	 */
	readonly seedParties: number;
	readonly ballot: BallotRules;
	readonly experts: ExpertOptions;
	readonly ethics: EthicsOptions;
}

/** A scenario's standing on the ballot: still standing, withdrawn by the experts' majority, or struck by the ethics council. */
export type ScenarioStanding =
	| { readonly kind: 'standing' }
	| {
			readonly kind: 'withdrawn';
			readonly unsound: number;
			readonly reviews: number;
			readonly comments: readonly string[];
	  }
	| { readonly kind: 'struck'; readonly strike: Strike };

/** A scenario in a round. */
export interface RoundScenario {
	readonly scenario: ProposedScenario;
	readonly standing: ScenarioStanding;
}

/** Why a round went back to the planner: typed, so the planner can act on each. */
export type ReturnReason =
	| {
			readonly kind: 'amended-parameters';
			readonly scenarioId: string;
			readonly expertId: string;
			readonly parameters: AmendedParameters;
			readonly comment: string;
	  }
	| { readonly kind: 'needs-rework'; readonly scenarioId: string; readonly comments: readonly string[] }
	| { readonly kind: 'too-few-standing'; readonly standing: number; readonly needed: number }
	| { readonly kind: 'too-few-reviewers'; readonly eligible: number; readonly needed: number }
	| { readonly kind: 'reviews-missing'; readonly received: number; readonly needed: number }
	| { readonly kind: 'panel-infeasible'; readonly message: string }
	| { readonly kind: 'no-quorum'; readonly votesCast: number; readonly needed: number }
	| { readonly kind: 'tie'; readonly between: readonly string[] }
	| { readonly kind: 'council'; readonly by: string; readonly reason: string };

/** One ballot stage: the first vote or the run-off. Times in ms. */
export interface BallotStage {
	readonly index: number;
	readonly kind: 'first' | 'runoff';
	readonly choices: readonly string[];
	readonly opened: number;
	readonly deadline: number;
	/**
	 * The encrypted election this stage runs as (`ROUND/stage-N`), absent for a plain ballot: its box,
	 * close and trustees' result live in the audit log (data/ledger/election), not in the round's ballots.
	 */
	readonly election?: string;
}

/** A volunteer as the panel draw sees them (the sortition module holds the full record). */
export interface PoolMember {
	readonly id: string;
	readonly household?: string;
	/** Stratification categories, e.g. `{ region: 'north', age: '30-44' }`; never protected attributes. */
	readonly features?: Readonly<Record<string, string>>;
}

/** The public record of a panel draw: everything needed to re-run it (pool digest, quotas, the lottery), as JSON. */
export interface PanelDrawRecord {
	readonly method: string;
	readonly [key: string]: unknown;
}

/**
 * The port to the sortition module, in two phases so that no one can choose the panel: `commit`
 * fixes and publishes everything but the seed (its hash is the commitment); `reveal` picks the panel
 * from the committed record and a seed made public only afterwards. Either may be asynchronous
 * (the maximin lottery runs HiGHS in a worker); `reveal` must be a pure function of its inputs.
 */
export interface PanelDrawer {
	commit(request: {
		readonly round: string;
		readonly pool: readonly PoolMember[];
		readonly size: number;
		readonly reserves: number;
	}): PanelCommit | Promise<PanelCommit>;
	reveal(
		committed: { readonly commitment: string; readonly record: PanelDrawRecord },
		seed: string
	): PanelReveal | Promise<PanelReveal>;
}

/** A committed draw (publish it before the seed exists), or why the pool cannot fill the panel. */
export type PanelCommit =
	| { readonly status: 'committed'; readonly commitment: string; readonly record: PanelDrawRecord }
	| { readonly status: 'infeasible'; readonly message: string };

/** The revealed panel: members, reserves (may be empty), and the seed that picked them. */
export interface PanelReveal {
	readonly commitment: string;
	readonly seed: string;
	readonly members: readonly string[];
	readonly reserves: readonly string[];
	readonly detail?: Readonly<Record<string, unknown>>;
}

/**
 * A commitment to a share of the reveal seed, made before any share is known: a party's SHA-256 of its
 * secret (64 hex digits), or the public source whose value will be added (named in advance, e.g. a
 * state lottery's draw on a given date).
 */
export type SeedCommit =
	{ readonly party: string; readonly hash: string } | { readonly publicSource: string };

/** The shares revealed when the vote opens: every committed party's secret, and the public source's value. */
export interface SeedReveal {
	readonly secrets: readonly { readonly party: string; readonly secret: string }[];
	readonly publicValue?: string;
}

/** The drawn panel; `invited` are the reserves invited after a missed quorum. */
export interface Panel {
	readonly members: readonly string[];
	readonly reserves: readonly string[];
	readonly invited: readonly string[];
	readonly commitment: string;
	readonly seed: string;
	readonly method: string;
}

/** How a round ended. */
export type RoundOutcome =
	| { readonly kind: 'adopted'; readonly scenarioId: string; readonly share: number; readonly byLot: boolean }
	| { readonly kind: 'returned'; readonly reasons: readonly ReturnReason[] }
	| { readonly kind: 'recalculation'; readonly share: number; readonly reasons: readonly string[] };

/** A decision round, as a value: every action makes a new one. Times in ms since the epoch. */
export interface Round {
	readonly id: string;
	readonly createdAt: number;
	/** Public seed fixed at creation: reviewer draws and tie lots are recomputable from it. */
	readonly seed: string;
	readonly options: RoundOptions;
	readonly state: RoundState;
	/** Deadline of the current step, if it has one. */
	readonly deadline?: number;
	readonly scenarios: readonly RoundScenario[];
	/** Conflict-of-interest tags the round touches (`round:<id>`, `policy:<name>`, and any declared at creation). */
	readonly subjects: readonly string[];
	readonly reviewers: readonly string[];
	readonly reviews: readonly Review[];
	readonly strikes: readonly Strike[];
	/** A panel draw committed (published) but not yet revealed; `at` in ms. */
	readonly committed?: { readonly commitment: string; readonly record: PanelDrawRecord; readonly at: number };
	/** Commitments to the reveal seed's shares (absent in rounds created before seeds were shared). */
	readonly seedCommits?: {
		readonly parties: readonly { readonly party: string; readonly hash: string; readonly at: number }[];
		readonly publicSource?: string;
	};
	readonly panel?: Panel;
	readonly stages: readonly BallotStage[];
	readonly extended: boolean;
	readonly tallies: readonly Tally[];
	readonly outcome?: RoundOutcome;
}

/** What someone asks of a round. Dispatched in one switch (`step`). */
export type RoundAction =
	| { readonly kind: 'open-review' }
	| { readonly kind: 'submit-review'; readonly review: Omit<Review, 'at'> }
	| { readonly kind: 'close-review' }
	| { readonly kind: 'strike'; readonly scenarioId: string; readonly by: string; readonly reason: string }
	| { readonly kind: 'commit-panel'; readonly commit: PanelCommit }
	| { readonly kind: 'commit-seed'; readonly commit: SeedCommit }
	| {
			readonly kind: 'open-vote';
			readonly reveal: PanelReveal;
			readonly seedReveal?: SeedReveal;
			/** `encrypted` runs every stage as an encrypted election (default `plain`: one-time codes, plain choices). */
			readonly ballot?: BallotKind;
	  }
	| { readonly kind: 'close-vote' }
	| { readonly kind: 'return'; readonly by: string; readonly reason: string };

/** How a round's panel votes: plain one-time codes, or an encrypted election with trustees. */
export type BallotKind = 'plain' | 'encrypted';

/** What the round reads of an encrypted election, as chained in the audit log. */
export interface ElectionView {
	readonly options: readonly string[];
	/** How many credentials the manifest publishes (one per invited panelist, if opened through the round). */
	readonly credentials: number;
	/** Distinct credentials that cast a ballot (revotes counted once); whose they are, nobody knows. */
	readonly voters: number;
	readonly closed: boolean;
	/** The count per option, from the trustees' decryption, once enough of them decrypted. */
	readonly result?: readonly number[];
}

/** What an action may read of the world: time, the roster, the ballots in the box. */
export interface StepContext {
	readonly now: number;
	readonly roster: readonly Expert[];
	readonly ballots: (round: string, stage: number) => readonly Ballot[];
	/** Panelists who used their credential at a stage (for early close and governance points). */
	readonly voted: (round: string, stage: number) => number;
	/** An encrypted election's state, undefined before its manifest is published (absent: no elections here). */
	readonly election?: (id: string) => ElectionView | undefined;
}

/** An audit event before it is chained: a kind and its public data. */
export interface RoundEvent {
	readonly kind: AuditKind;
	readonly data: Readonly<Record<string, unknown>>;
}

/** Every kind of event the audit log records. */
export type AuditKind =
	| 'round-created'
	| 'reviewers-drawn'
	| 'review'
	| 'review-closed'
	| 'strike'
	| 'panel-committed'
	| 'seed-committed'
	| 'panel-revealed'
	| 'credentials-issued'
	| 'ballot'
	| 'ballots'
	| 'tally'
	| 'vote-extended'
	| 'ballot-opened'
	| 'adopted'
	| 'returned'
	| 'recalculation'
	| 'points'
	| 'quotas'
	| 'expert-appointed'
	| 'round-saved'
	| 'points-spent'
	| 'log-key'
	/** A scope's emergency level changed (normal, yellow, red, survival), with its causes and switches. */
	| 'threat-level'
	/** The loop called a round before its schedule, with why (a shortage newly predicted, a threat level change). */
	| 'emergency-round'
	/** What the adopted plan rests on: each region's production of each good the day before its round. */
	| 'plan-premise'
	/** An encrypted election (data/ledger/election): manifest, ballots, close, trustees' decryptions, result. */
	| 'election-manifest'
	| 'encrypted-ballot'
	| 'election-closed'
	| 'partial-decryption'
	| 'election-result';

/**
 * The port to the encrypted elections of the audit log (data/ledger/election): what the desk needs to
 * open a stage's election, close it at the round's close, and read its result.
 */
export interface ElectionPort {
	state(id: string): ElectionView | undefined;
	publish(manifest: ElectionManifest, at: number): ElectionOutcome;
	close(id: string, at: number): ElectionOutcome;
}

/** An election step done, or refused with the reason in words. */
export type ElectionOutcome =
	{ readonly status: 'done' } | { readonly status: 'refused'; readonly reason: string };

/** Side effects an action asks the desk to carry out, in order. */
export type RoundEffect =
	| { readonly kind: 'issue-credentials'; readonly stage: number; readonly panelists: readonly string[] }
	| { readonly kind: 'adopt-plan'; readonly scenarioId: string }
	/** `to: 'panel'` credits every invited panelist: an encrypted vote cannot tell who voted. */
	| { readonly kind: 'award-points'; readonly points: number; readonly to?: 'panel' };

/** Why an action was refused: `invalid-transition` names the state and the action; `rejected` is a valid action with bad content. */
export interface RoundError {
	readonly code: 'invalid-transition' | 'rejected' | 'too-early' | 'not-found';
	readonly state: RoundState | 'none';
	readonly action: string;
	readonly message: string;
}

export type StepResult =
	| {
			readonly ok: true;
			readonly round: Round;
			readonly events: readonly RoundEvent[];
			readonly effects: readonly RoundEffect[];
	  }
	| { readonly ok: false; readonly error: RoundError };

/**
 * The port to the ledger: rounds, credentials, ballots, the audit log and the plan/points ledger.
 * Every write appends its events to the hash-chained audit log in the same transaction.
 */
export interface RoundStore {
	/** Runs `work` in one transaction: all its writes land, or none. */
	atomically<T>(work: () => T): T;
	round(id: string): Round | undefined;
	/** Every round, newest first. */
	rounds(): readonly Round[];
	/** Inserts or replaces the round's current state and appends its events, all at `at` (ms). */
	save(round: Round, events: readonly RoundEvent[], at: number): void;
	/** Stores credential hashes (never the codes) for a stage. */
	issueCredentials(
		round: string,
		stage: number,
		credentials: readonly { readonly hash: string; readonly panelist: string }[],
		at: number
	): void;
	credential(hash: string): CredentialRecord | undefined;
	/** Marks the credential used and stores the ballot (and its audit event) atomically; `used` when it already was. */
	cast(credentialHash: string, ballot: Ballot, at: number): 'cast' | 'used';
	/** The ballot box as stored, sealed or not: for counting at close only. */
	ballots(round: string, stage?: number): readonly Ballot[];
	/** The published ballot list: the ballots sealed into the audit log when each stage closed (the last seal of each stage). */
	sealed(round: string): readonly Ballot[];
	/** How many credentials of a stage were used. */
	voted(round: string, stage: number): number;
	/** Panelists who used a credential in any stage of the round. */
	participants(round: string): readonly string[];
	/** Writes the adopted plan and its quotas for the simulation, with an audit event. */
	adoptPlan(round: string, scenario: ProposedScenario, at: number): void;
	/** Credits governance points (personal, non-transferable), with an audit event. */
	awardPoints(round: string, persons: readonly string[], points: number, at: number): void;
	/** The expert roster (every term, past and present). */
	roster(): readonly Expert[];
}
