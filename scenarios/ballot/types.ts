/** A panelist's choice: exactly one standing scenario, or a contest of the whole round with a reason. */
export type BallotChoice =
	| { readonly kind: 'scenario'; readonly scenarioId: string }
	| { readonly kind: 'contest'; readonly reason: string };

/**
 * A cast ballot as published: no voter, no credential, no time. `nonce` (random, 128 bits) makes the
 * receipt unguessable from the choice alone; `receipt` is the SHA-256 of the rest (see `ballotReceipt`).
 */
export interface Ballot {
	readonly round: string;
	/** 0 for the first ballot, 1 for the run-off. */
	readonly stage: number;
	readonly choice: BallotChoice;
	readonly nonce: string;
	readonly receipt: string;
}

/** What the ledger knows of a credential: whose, for which round and ballot stage, used or not. */
export interface CredentialRecord {
	readonly hash: string;
	readonly round: string;
	readonly stage: number;
	readonly panelist: string;
	readonly used: boolean;
}

/** The public count of one ballot stage. `votesCast` includes contests. */
export interface Tally {
	readonly stage: number;
	readonly votesCast: number;
	readonly contest: number;
	/** Votes per scenario id, for every choice on the ballot (zeros included), in ballot order. */
	readonly scenarios: readonly { readonly scenarioId: string; readonly votes: number }[];
	/** The reasons given with contest votes, sorted (so their order says nothing about who voted when). */
	readonly contestReasons: readonly string[];
}

/** Why a ballot was refused: expected outcomes, shown to the voter. */
export type BallotRefusal =
	| { readonly status: 'unknown-credential' }
	| { readonly status: 'credential-used' }
	| { readonly status: 'wrong-round'; readonly round: string }
	| { readonly status: 'stale-credential'; readonly stage: number; readonly current: number }
	| { readonly status: 'closed'; readonly state: string }
	| { readonly status: 'past-deadline'; readonly deadline: number }
	| { readonly status: 'not-on-ballot'; readonly scenarioId: string; readonly reason?: string }
	| { readonly status: 'reason-required'; readonly minLength: number };

/** The decision rules of a vote; defaults in `ballotDefaults`. */
export interface BallotRules {
	/** Share of the panel that must vote, 0..1 (default 0.5: "at least half of the panel"). */
	readonly quorum: number;
	/** Share of votes cast for a scenario that adopts it outright: strictly more than this (default 0.5). */
	readonly majority: number;
	/** Share of votes cast contesting the round that forces a recalculation: at least this (default 0.66). */
	readonly contest: number;
	/** Shortest contest reason, in characters (default 10). */
	readonly minContestReason: number;
	/** How to settle a tie: `lot` draws by the round's public seed, `return` sends the round back (default `lot`). */
	readonly tie: 'lot' | 'return';
}

/** What a vote count means under the rules. */
export type VoteDecision =
	| { readonly kind: 'no-quorum'; readonly votesCast: number; readonly needed: number }
	| { readonly kind: 'recalculate'; readonly share: number }
	| { readonly kind: 'adopt'; readonly scenarioId: string; readonly share: number; readonly byLot: boolean }
	| { readonly kind: 'runoff'; readonly between: readonly [string, string]; readonly byLot: boolean }
	| { readonly kind: 'tie'; readonly between: readonly string[] };

/** The ballot box of a round as a voter meets it. Times in ms since the epoch. */
export interface BallotBox {
	readonly round: string;
	/** The round's state, named in refusals (`panel-vote` when open). */
	readonly state: string;
	/** Stage now open, or undefined when no vote is open. */
	readonly stage: number | undefined;
	readonly deadline: number | undefined;
	/** Scenario ids on this stage's ballot. */
	readonly choices: readonly string[];
	/** Scenarios not on the ballot, with why (struck by the ethics council, withdrawn by experts, out of the run-off). */
	readonly excluded: Readonly<Record<string, string>>;
}
