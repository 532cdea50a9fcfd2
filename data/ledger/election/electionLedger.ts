import {
	ballotReceipt,
	checkDecryptions,
	checkSignedBallot,
	checkTrusteeCommitment,
	combineDecryptions,
	describeProblem,
	encryptedTotals,
	jointPublicKey,
	manifestListSigned,
	prepareElection,
	type ElectionManifest,
	type ElectionRecord,
	type PreparedElection,
	type PartialDecryption,
	type SignedBallot
} from '../../../scenarios/ballot/election/index.js';
import type { ElectionView, RoundEvent } from '../../../scenarios/round/types.js';
import type { AuditEntry } from '../types.js';
import { roundOf, type ElectionEventKind } from './electionEvents.js';
import { readElection } from './readElection.js';
import type { ChainedElection, ElectionStep } from './types.js';

/** What the election steps need of the ledger: append to the audit log and read it back. */
export interface AuditLog {
	append(round: string, event: RoundEvent, at: number): AuditEntry;
	audit(round?: string, after?: number): readonly AuditEntry[];
}

/**
 * An encrypted election kept in the audit log: the manifest, every ballot, the close, the trustees'
 * partial decryptions and the result are chained entries, and every step reads the election back
 * from the chain, so the tally is made from the chain alone and anyone can redo it from a copy.
 */
export function electionLedger(log: AuditLog) {
	// What this ledger read of each election, up to which seq: a cast reads only the entries chained
	// since (its own or another process's), not the whole box again.
	const read = new Map<string, { seq: number; state?: ChainedElection }>();
	const chained = (election: string) => {
		const last = read.get(election) ?? { seq: 0 };
		const fresh = log.audit(roundOf(election), last.seq);
		if (fresh.length === 0) return last.state;
		const state = readElection(fresh, election, { trusted: true }, last.state);
		read.set(election, { seq: fresh.at(-1)!.seq, state });
		return state;
	};
	const append = (election: string, kind: ElectionEventKind, data: Record<string, unknown>, at: number) =>
		log.append(roundOf(election), { kind, data: { election, ...data } }, at);
	const refuse = (reason: string) => ({ status: 'refused' as const, reason });
	// A published manifest never changes: its hash and its key's window table are made once per election.
	const preparedOf = new Map<string, PreparedElection>();
	const prepared = (manifest: ElectionManifest) => {
		let p = preparedOf.get(manifest.id);
		if (!p) preparedOf.set(manifest.id, (p = prepareElection(manifest)));
		return p;
	};

	return {
		/** The election as the log holds it, every payload re-validated and every receipt recomputed (for exports). */
		read: (election: string) => readElection(log.audit(roundOf(election)), election),

		/** What a decision round reads of its stage's election (`ElectionView`): from the chain, trusted. */
		state(election: string): ElectionView | undefined {
			const state = chained(election);
			if (!state) return undefined;
			return {
				options: state.manifest.options,
				credentials: state.manifest.credentials.length,
				voters: new Set(state.ballots.map((b) => b.credential)).size,
				closed: state.closed,
				...(state.result ? { result: state.result } : {})
			};
		},

		/** Publishes the manifest once, after checking every trustee's proof, the joint key and the credential list's signature. */
		publish(manifest: ElectionManifest, at: number): ElectionStep<{ election: string }> {
			if (chained(manifest.id)) return refuse(`${manifest.id} is already published`);
			for (const t of manifest.trustees) {
				const problem = checkTrusteeCommitment(manifest.id, t, manifest.threshold);
				if (problem) return refuse(`trustee ${t.index}: ${problem}`);
			}
			if (jointPublicKey(manifest.trustees) !== manifest.publicKey)
				return refuse('the election key is not the joint key of the trustees');
			if (!manifestListSigned(manifest))
				return refuse('the credential list is not signed by the credential authority it names');
			append(manifest.id, 'election-manifest', { manifest }, at);
			return { status: 'done', election: manifest.id };
		},

		/** Accepts a signed ballot into the box if it checks; a replay is refused, a revote replaces at the tally. */
		cast(election: string, ballot: SignedBallot, at: number): ElectionStep<{ receipt: string }> {
			const state = chained(election);
			if (!state) return refuse(`no election ${election}`);
			if (state.closed) return refuse(`${election} is closed`);
			const receipt = ballotReceipt(ballot);
			if (state.receipts.includes(receipt))
				return refuse('this very ballot is already in the box (a replay)');
			const { problems } = checkSignedBallot(prepared(state.manifest), ballot, state.ballots.length);
			if (problems.length > 0) return refuse(problems.map(describeProblem).join('; '));
			append(election, 'encrypted-ballot', { receipt, ballot }, at);
			return { status: 'done', receipt };
		},

		close(election: string, at: number): ElectionStep<{ ballots: number }> {
			const state = chained(election);
			if (!state) return refuse(`no election ${election}`);
			if (state.closed) return refuse(`${election} is already closed`);
			append(election, 'election-closed', { ballots: state.ballots.length }, at);
			return { status: 'done', ballots: state.ballots.length };
		},

		/**
		 * Chains the trustees' partial decryptions that pass their proofs against the totals made from
		 * the chained box, then the result once enough are in. A bad one is refused by name, and so is a
		 * second one from a trustee already recorded. The one step behind `election tally`, the console's
		 * trustee form and the loop's auto-council.
		 */
		decrypt(
			election: string,
			partials: readonly PartialDecryption[],
			at: number
		): ElectionStep<{ result?: readonly number[]; refused: readonly string[] }> {
			const state = chained(election);
			if (!state) return refuse(`no election ${election}`);
			if (!state.closed) return refuse(`${election} is still open: close it first`);
			if (state.result) return refuse(`${election} is already decrypted`);
			const totals = encryptedTotals(state.manifest, state.ballots, { checkedAtCast: true }).totals;
			const inAlready = (p: PartialDecryption) => state.decryptions.some((d) => d.trustee === p.trustee);
			const fresh = partials.filter((p) => !inAlready(p));
			const { good, problems } = checkDecryptions(state.manifest, totals, fresh);
			const again = partials
				.filter(inAlready)
				.map((p) => `trustee ${p.trustee}: a partial decryption of this trustee is already recorded`);
			for (const decryption of good) append(election, 'partial-decryption', { decryption }, at);
			const all = [...state.decryptions, ...good];
			const result = combineDecryptions(state.manifest, totals, all);
			if (Array.isArray(result)) append(election, 'election-result', { result }, at);
			return {
				status: 'done',
				...(Array.isArray(result) ? { result } : {}),
				refused: [...again, ...problems.map(describeProblem)]
			};
		}
	};
}

export type ElectionLedger = ReturnType<typeof electionLedger>;

/** The public record of an election, for `verify election` and for trustees: from the chain alone. */
export function exportElection(state: ChainedElection): ElectionRecord {
	const { manifest, ballots, decryptions, result } = state;
	return { manifest, ballots, decryptions, result: result ?? [] };
}
