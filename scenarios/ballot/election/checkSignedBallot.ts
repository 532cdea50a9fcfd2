import { verifySignature } from './credentials.js';
import { optionContext, signedBytes, sumContext } from './electionHash.js';
import { verifyDleq } from './dleqProof.js';
import { G, Point, pointFrom, scalarFrom, type GroupPoint } from './group.js';
import type { PreparedElection } from './prepareElection.js';
import type { ElectionProblem, SignedBallot } from './types.js';
import { verifyZeroOrOne } from './zeroOrOneProof.js';

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
	const { manifest, election, credentials, publicKey: Y } = prepared;
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
		const problems: ElectionProblem[] = [];
		const ciphertexts = ballot.options.map((o, option) => {
			const a = pointFrom(o.a);
			const b = pointFrom(o.b);
			const p = o.proof;
			const proof = {
				c0: scalarFrom(p.c0),
				c1: scalarFrom(p.c1),
				s0: scalarFrom(p.s0),
				s1: scalarFrom(p.s1)
			};
			if (!verifyZeroOrOne(optionContext(election, ballot.credential, option), Y, a, b, proof))
				problems.push({ kind: 'bad-option-proof', ballot: index, option });
			return { a, b };
		});
		const A = ciphertexts.reduce((s, c) => s.add(c.a), Point.ZERO);
		const B = ciphertexts.reduce((s, c) => s.add(c.b), Point.ZERO);
		const sum = { c: scalarFrom(ballot.sumProof.c), s: scalarFrom(ballot.sumProof.s) };
		if (!verifyDleq(sumContext(election, ballot.credential), Y, A, B.subtract(G), sum))
			problems.push({ kind: 'bad-sum-proof', ballot: index });
		return problems.length > 0 ? { problems } : { problems, ciphertexts };
	} catch (error) {
		return { problems: [{ kind: 'malformed', ballot: index, message: (error as Error).message }] };
	}
}
