import { checkSignedBallot } from './checkSignedBallot.js';
import { electionHash } from './electionHash.js';
import { prepareElection } from './prepareElection.js';
import { proveDleq, verifyDleq } from './dleqProof.js';
import {
	G,
	mulPublic,
	mulSecret,
	Point,
	pointFrom,
	pointHex,
	scalarFrom,
	scalarHex,
	type GroupPoint
} from './group.js';
import { lagrangeAtZero, verificationKey } from './trustees.js';
import type {
	ElectionManifest,
	ElectionProblem,
	PartialDecryption,
	RandomBytes,
	SignedBallot
} from './types.js';

/** The totals the trustees decrypt: per option, the sum of the counted ballots' ciphertexts. */
export interface EncryptedTotals {
	readonly totals: readonly { readonly a: GroupPoint; readonly b: GroupPoint }[];
	readonly counted: number;
	/** Earlier ballots of a credential that voted again before the close. */
	readonly replaced: number;
	readonly problems: readonly ElectionProblem[];
}

/**
 * Checks every ballot and adds up, per option, the last valid ballot of each credential (revoting
 * before the close replaces the earlier ballot: a defence against a coercer who watches one vote).
 * A byte-identical ballot cast twice is a replay and is reported, not counted twice. `checkedAtCast`
 * is for the ledger's own chain, whose every ballot was checked before it was chained: the totals are
 * still made from the chain, without checking each ballot a second time (a copy of the chain, a
 * trustee and `verify election` check everything).
 */
export function encryptedTotals(
	manifest: ElectionManifest,
	ballots: readonly SignedBallot[],
	{ checkedAtCast = false }: { readonly checkedAtCast?: boolean } = {}
): EncryptedTotals {
	const prepared = prepareElection(manifest);
	const problems: ElectionProblem[] = [];
	const lastOf = new Map<string, { a: GroupPoint; b: GroupPoint }[]>();
	const seen = new Map<string, number>();
	let valid = 0;
	ballots.forEach((ballot, index) => {
		const key = ballot.signature;
		const first = seen.get(key);
		if (first !== undefined) return problems.push({ kind: 'duplicate-ballot', ballot: index, first });
		seen.set(key, index);
		const checked = checkedAtCast
			? { problems: [], ciphertexts: ballot.options.map((o) => ({ a: pointFrom(o.a), b: pointFrom(o.b) })) }
			: checkSignedBallot(prepared, ballot, index);
		problems.push(...checked.problems);
		if (!checked.ciphertexts) return;
		valid += 1;
		lastOf.set(ballot.credential, checked.ciphertexts);
	});
	const totals = manifest.options.map((_, option) => {
		let a = Point.ZERO;
		let b = Point.ZERO;
		for (const cts of lastOf.values()) {
			a = a.add(cts[option]!.a);
			b = b.add(cts[option]!.b);
		}
		return { a, b };
	});
	return { totals, counted: lastOf.size, replaced: valid - lastOf.size, problems };
}

const decryptContext = (election: string, trustee: number, option: number) =>
	`resourceos/trustee/v1/decrypt/${election}/${trustee}/${option}`;

/** Trustee j's share of the decryption of every total, x_j·A, each with a proof that it used its key share. */
export function partialDecrypt(
	manifest: ElectionManifest,
	totals: EncryptedTotals['totals'],
	trustee: number,
	keyShare: bigint,
	random: RandomBytes
): PartialDecryption {
	const election = electionHash(manifest);
	const X = mulSecret(G, keyShare);
	return {
		trustee,
		shares: totals.map(({ a }, option) => {
			const d = mulSecret(a, keyShare);
			const p = proveDleq(decryptContext(election, trustee, option), keyShare, a, X, d, random);
			return { d: pointHex(d), c: scalarHex(p.c), s: scalarHex(p.s) };
		})
	};
}

/** Checks each partial decryption against the trustee's public verification key; lists the bad ones. */
export function checkDecryptions(
	manifest: ElectionManifest,
	totals: EncryptedTotals['totals'],
	decryptions: readonly PartialDecryption[]
): { good: PartialDecryption[]; problems: ElectionProblem[] } {
	const election = electionHash(manifest);
	const problems: ElectionProblem[] = [];
	const good: PartialDecryption[] = [];
	for (const pd of decryptions) {
		if (!manifest.trustees.some((t) => t.index === pd.trustee) || pd.shares.length !== totals.length) {
			problems.push({
				kind: 'bad-trustee',
				trustee: pd.trustee,
				message: 'not a trustee of this election, or wrong share count'
			});
			continue;
		}
		if (good.some((g) => g.trustee === pd.trustee)) continue;
		const X = verificationKey(manifest.trustees, pd.trustee);
		const bad = pd.shares.findIndex((share, option) => {
			try {
				const proof = { c: scalarFrom(share.c), s: scalarFrom(share.s) };
				return !verifyDleq(
					decryptContext(election, pd.trustee, option),
					totals[option]!.a,
					X,
					pointFrom(share.d),
					proof
				);
			} catch {
				return true;
			}
		});
		if (bad >= 0) problems.push({ kind: 'bad-decryption', trustee: pd.trustee, option: bad });
		else good.push(pd);
	}
	return { good, problems };
}

/**
 * Combines t good partial decryptions with Lagrange coefficients and recovers each count m from
 * m·G by trying 0…maxVotes (the count of a panel of at most 500 is small enough to search).
 */
export function combineDecryptions(
	manifest: ElectionManifest,
	totals: EncryptedTotals['totals'],
	good: readonly PartialDecryption[]
): number[] | { need: number; have: number } {
	if (good.length < manifest.threshold) return { need: manifest.threshold, have: good.length };
	const used = good.slice(0, manifest.threshold);
	const indices = used.map((p) => p.trustee);
	const table = new Map<string, number>();
	let point = Point.ZERO;
	for (let m = 0; m <= manifest.maxVotes; m++) {
		table.set(pointHex(point), m);
		point = point.add(G);
	}
	return totals.map(({ b }, option) => {
		const xa = used.reduce(
			(s, p) => s.add(mulPublic(pointFrom(p.shares[option]!.d), lagrangeAtZero(p.trustee, indices))),
			Point.ZERO
		);
		const m = table.get(pointHex(b.subtract(xa)));
		if (m === undefined)
			throw new Error(`option ${option}: the total is not a count of at most ${manifest.maxVotes}`);
		return m;
	});
}
