import { allRelationsHold, type Relation } from './allRelationsHold.js';
import { verifySignature } from './credentials.js';
import { optionContext, signedBytes, sumContext } from './electionHash.js';
import { dleqRelations } from './dleqProof.js';
import { decoded, encoded, G, Point, scalarFrom, type GroupPoint } from './group.js';
import type { PreparedElection } from './prepareElection.js';
import type { ElectionProblem, SignedBallot } from './types.js';
import { zeroOrOneRelations } from './zeroOrOneProof.js';

/**
 * Checks one ballot against the public manifest: the election it names, a published credential, the
 * signature, a 0-or-1 proof per option and the proof that the options add up to one choice. Returns
 * the problems found (none: the ballot counts) and its decoded ciphertexts for the tally.
 */
export function checkSignedBallot(
	prepared: PreparedElection,
	ballot: SignedBallot,
	index: number
): { problems: ElectionProblem[]; ciphertexts?: { a: GroupPoint; b: GroupPoint }[] } {
	const { manifest, election, credentials } = prepared;
	if (ballot.election !== election)
		return { problems: [{ kind: 'wrong-election', ballot: index, election: String(ballot.election) }] };
	if (!credentials.has(ballot.credential))
		return {
			problems: [{ kind: 'unknown-credential', ballot: index, credential: String(ballot.credential) }]
		};
	if (!Array.isArray(ballot.options) || ballot.options.length !== manifest.options.length)
		return {
			problems: [{ kind: 'malformed', ballot: index, message: `expected ${manifest.options.length} options` }]
		};
	if (!verifySignature(ballot.credential, signedBytes(ballot), ballot.signature))
		return { problems: [{ kind: 'bad-signature', ballot: index }] };
	try {
		return checkProofs(prepared, ballot, index);
	} catch (error) {
		return { problems: [{ kind: 'malformed', ballot: index, message: (error as Error).message }] };
	}
}

/**
 * The proofs of a signed ballot: each proof's challenge against the hash of its commitments, then all
 * of the ballot's equations at once (`allRelationsHold`, seeded by the signature, which binds them
 * all); only when that batch fails is each proof checked alone, to name the one that is wrong.
 */
function checkProofs(prepared: PreparedElection, ballot: SignedBallot, index: number) {
	const { election, manifest } = prepared;
	const Y = { point: prepared.publicKey, hex: manifest.publicKey };
	const problems: ElectionProblem[] = [];
	const groups: { problem: ElectionProblem; relations: Relation[] }[] = [];
	const ciphertexts = ballot.options.map((o, option) => {
		const a = decoded(o.a);
		const b = decoded(o.b);
		const p = o.proof;
		const proof = {
			c0: scalarFrom(p.c0),
			c1: scalarFrom(p.c1),
			s0: scalarFrom(p.s0),
			s1: scalarFrom(p.s1),
			commitments: p.commitments.map(decoded)
		};
		const problem: ElectionProblem = { kind: 'bad-option-proof', ballot: index, option };
		const relations = zeroOrOneRelations(optionContext(election, ballot.credential, option), Y, a, b, proof);
		if (relations) groups.push({ problem, relations });
		else problems.push(problem);
		return { a: a.point, b: b.point };
	});
	const A = ciphertexts.reduce((s, c) => s.add(c.a), Point.ZERO);
	const B = ciphertexts.reduce((s, c) => s.add(c.b), Point.ZERO);
	const sp = ballot.sumProof;
	const sum = { c: scalarFrom(sp.c), s: scalarFrom(sp.s), commitments: sp.commitments.map(decoded) };
	const sumProblem: ElectionProblem = { kind: 'bad-sum-proof', ballot: index };
	const sumRelations = dleqRelations(
		sumContext(election, ballot.credential),
		Y,
		encoded(A),
		encoded(B.subtract(G)),
		sum
	);
	if (sumRelations) groups.push({ problem: sumProblem, relations: sumRelations });
	else problems.push(sumProblem);
	const everyRelation = groups.flatMap((g) => g.relations);
	if (!allRelationsHold(everyRelation, ballot.signature))
		for (const g of groups) if (!allRelationsHold(g.relations, ballot.signature)) problems.push(g.problem);
	problems.sort((x, y) => rank(x) - rank(y));
	return problems.length > 0 ? { problems } : { problems, ciphertexts };
}

/** Problems in ballot order: the options first, the sum last. */
const rank = (p: ElectionProblem) => (p.kind === 'bad-option-proof' ? p.option : Number.MAX_SAFE_INTEGER);
