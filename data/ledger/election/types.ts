import type {
	ElectionManifest,
	PartialDecryption,
	SignedBallot
} from '../../../scenarios/ballot/election/types.js';

/** An encrypted election as the audit log holds it: every field comes from chained entries only. */
export interface ChainedElection {
	readonly manifest: ElectionManifest;
	/** Every ballot accepted, in log order, with its receipt (the hash of the signed ballot). */
	readonly ballots: readonly SignedBallot[];
	readonly receipts: readonly string[];
	readonly closed: boolean;
	/** Partial decryptions recorded after the close, each checked before it was chained. */
	readonly decryptions: readonly PartialDecryption[];
	/** The count per option, once enough trustees decrypted. */
	readonly result?: readonly number[];
	/** Payloads of this election that do not parse (a ledger copy comes from outside): each named. */
	readonly problems: readonly string[];
}

/** The outcome of an election step on the ledger: done, or refused with the reason in words. */
export type ElectionStep<T> =
	({ readonly status: 'done' } & T) | { readonly status: 'refused'; readonly reason: string };
